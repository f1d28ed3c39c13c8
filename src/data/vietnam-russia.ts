import type { Milestone } from '../model/milestone.js';

/**
 * The built-in, sourced dataset of Vietnam–Russia (Vietnam–USSR) relations, in English, Vietnamese
 * and Russian. Dates, precision and sources follow shared/facts.md (row numbers in comments); where it
 * marks a day as unverified or single-source, only the month or year is given. Text is our own wording,
 * edited per shared/reviews/dataset-review.md. Every source label names its publisher in all three
 * languages. Data only, no logic.
 */
export const vietnamRussiaMilestones: Milestone[] = [
  // facts.md row 1
  {
    id: '1923-06-30-petrograd-arrival',
    date: '1923-06-30',
    category: 'diplomacy',
    importance: 3,
    title: {
      en: 'Nguyen Ai Quoc (Ho Chi Minh) arrives in Petrograd',
      vi: 'Nguyễn Ái Quốc (Hồ Chí Minh) đến Petrograd',
      ru: 'Нгуен Ай Куок (Хо Ши Мин) прибыл в Петроград',
    },
    description: {
      en: 'Travelling as Nguyen Ai Quoc, the future Vietnamese leader reached Petrograd (now St Petersburg) by sea on his first journey to Soviet Russia. He then went on to Moscow to work with the Comintern.',
      vi: 'Nguyễn Ái Quốc (tên gọi của Chủ tịch Hồ Chí Minh thời kỳ này) đi tàu biển đến Petrograd (nay là Saint Petersburg), lần đầu đặt chân lên nước Nga Xô viết. Sau đó, Nguyễn Ái Quốc đến Moskva làm việc tại Quốc tế Cộng sản.',
      ru: 'Будущий вьетнамский лидер, тогда носивший имя Нгуен Ай Куок, прибыл морем в Петроград (ныне Санкт-Петербург) — это была его первая поездка в Советскую Россию. Затем он отправился в Москву для работы в Коминтерне.',
    },
    sources: [
      {
        label: { en: 'People’s Army Newspaper (QĐND)', vi: 'Báo Quân đội nhân dân', ru: 'Газета «Народная армия» (QĐND)' },
        url: 'https://en.qdnd.vn/foreign-affairs/bilateral-relations/enduring-friendship-between-vietnam-and-russia-583325',
      },
      {
        label: {
          en: 'Ho Chi Minh Relic Site at the Presidential Palace',
          vi: 'Khu di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch',
          ru: 'Мемориальный комплекс Хо Ши Мина в Президентском дворце',
        },
        url: 'https://ditichhochiminhphuchutich.gov.vn/chu-tich-ho-chi-minh-va-nhung-chuyen-tham-lien-xo-3281',
      },
    ],
  },
  // row 2
  {
    id: '1950-01-30-diplomatic-relations',
    date: '1950-01-30',
    category: 'diplomacy',
    importance: 3,
    title: {
      en: 'USSR and the Democratic Republic of Vietnam establish diplomatic relations',
      vi: 'Liên Xô và Việt Nam Dân chủ Cộng hòa thiết lập quan hệ ngoại giao',
      ru: 'Установлены дипломатические отношения между СССР и ДРВ',
    },
    description: {
      en: 'Answering Ho Chi Minh’s appeal of January 1950, Moscow recognised the DRV and agreed to exchange envoys. The USSR was among the first states to do so, shortly after the People’s Republic of China.',
      vi: 'Đáp lại tuyên bố tháng 1/1950 của Chủ tịch Hồ Chí Minh, Liên Xô công nhận Việt Nam Dân chủ Cộng hòa và đồng ý trao đổi đại diện ngoại giao. Liên Xô là một trong những nước đầu tiên công nhận Việt Nam Dân chủ Cộng hòa, chỉ ít ngày sau Cộng hòa Nhân dân Trung Hoa.',
      ru: 'В ответ на обращение Хо Ши Мина в январе 1950\u00a0г. Москва признала Демократическую Республику Вьетнам (ДРВ) и согласилась обменяться дипломатическими представителями. СССР стал одним из первых государств, признавших ДРВ, — вслед за КНР.',
    },
    sources: [
      {
        label: { en: 'Communist Review (Tạp chí Cộng sản)', vi: 'Tạp chí Cộng sản', ru: 'Журнал ЦК КПВ «Коммунист» (Tạp chí Cộng sản)' },
        url: 'https://tapchicongsan.org.vn/en/-oi-ngoai2/-/2018/504356/tu-hiep-uoc-huu-nghi-va-hop-tac-viet-nam---lien-xo-den-hiep-uoc-ve-nhung-nguyen-tac-co-ban-cua-quan-he-huu-nghi-viet-nam---nga--dieu-con-mai-va-dieu-thay-doi-cung-lam-nen-gia-tri.aspx',
      },
      {
        label: { en: 'People’s Army Newspaper (QĐND)', vi: 'Báo Quân đội nhân dân', ru: 'Газета «Народная армия» (QĐND)' },
        url: 'https://en.qdnd.vn/foreign-affairs/bilateral-relations/enduring-friendship-between-vietnam-and-russia-583325',
      },
    ],
  },
  // row 3
  {
    id: '1950-02-ho-chi-minh-stalin-talks',
    date: '1950-02',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Ho Chi Minh’s secret trip to Moscow and talks with Stalin',
      vi: 'Chủ tịch Hồ Chí Minh bí mật sang Moskva hội đàm với Stalin',
      ru: 'Тайная поездка Хо Ши Мина в Москву и переговоры со Сталиным',
    },
    description: {
      en: 'Travelling via Beijing, Ho reached Moscow in February 1950 and met Stalin while Mao Zedong was also in the city. Stalin largely left direct aid to the Viet Minh to China.',
      vi: 'Sau khi qua Bắc Kinh, Chủ tịch Hồ Chí Minh đến Moskva vào tháng 2/1950 và gặp Stalin trong thời gian Mao Trạch Đông cũng đang có mặt tại Moskva. Về cơ bản, Stalin để Trung Quốc đảm nhận việc viện trợ trực tiếp cho cuộc kháng chiến của Việt Nam.',
      ru: 'Проследовав через Пекин, Хо Ши Мин в феврале 1950\u00a0г. прибыл в Москву и встретился со Сталиным, когда там же находился Мао Цзэдун. Оказание прямой помощи Вьетминю Сталин в основном возложил на Китай.',
    },
    sources: [
      {
        label: {
          en: 'Tokyo University of Foreign Studies (journal article)',
          vi: 'Đại học Ngoại ngữ Tokyo (bài tạp chí)',
          ru: 'Токийский университет иностранных языков (статья)',
        },
        url: 'https://tufs.repo.nii.ac.jp/record/1958/files/jaas065002.html',
      },
      {
        label: { en: 'Vietnam News Agency', vi: 'Thông tấn xã Việt Nam', ru: 'Вьетнамское информационное агентство' },
        url: 'https://vietnam.vnanet.vn/english/tin-van/roundtable-looks-back-on-history-of-vietnam-russia-friendship-325549.html',
      },
    ],
  },
  // row 4
  {
    id: '1950-05-23-friendship-association',
    date: '1950-05-23',
    category: 'people',
    importance: 2,
    title: {
      en: 'Vietnam–Soviet Friendship Association founded',
      vi: 'Thành lập Hội Hữu nghị Việt – Xô',
      ru: 'Основано Общество вьетнамо-советской дружбы',
    },
    description: {
      en: 'A mass friendship organisation was founded in the DRV. Its successor, the Vietnam–Russia Friendship Association, was set up on 19 December 1994 and still celebrates 23 May as its founding anniversary.',
      vi: 'Hội Hữu nghị Việt – Xô, một tổ chức quần chúng, được thành lập tại Việt Nam Dân chủ Cộng hòa. Ngày 19/12/1994, Hội Hữu nghị Việt – Nga ra đời, kế thừa Hội Hữu nghị Việt – Xô và lấy ngày 23/5 làm Ngày truyền thống.',
      ru: 'В ДРВ была создана массовая общественная организация — Общество вьетнамо-советской дружбы. Его преемник, Общество вьетнамо-российской дружбы, созданное 19 декабря 1994\u00a0г., по-прежнему отмечает 23 мая как день основания.',
    },
    sources: [
      {
        label: {
          en: 'Lao Dong newspaper: 75th anniversary (23 May 2025)',
          vi: 'Báo Lao Động: kỷ niệm 75 năm (23/5/2025)',
          ru: 'Газета «Лаодонг»: 75-летие общества, 23 мая 2025\u00a0г.',
        },
        url: 'https://news.laodong.vn/cong-doan/cau-noi-huu-nghi-vung-chac-tin-cay-cua-nhan-dan-viet-nam-va-lien-bang-nga-1511534.ldo',
      },
      {
        label: {
          en: 'Vietnam–Russia Friendship Association: 75 years',
          vi: 'Hội Hữu nghị Việt – Nga: 75 năm xây đắp tình hữu nghị',
          ru: 'Общество вьетнамо-российской дружбы: 75 лет',
        },
        url: 'https://hoihuunghivietnga.vn/75-nam-xay-dap-tinh-huu-nghi-vung-ben-d1615.html',
      },
    ],
  },
  // row 5
  {
    id: '1951-first-university-students',
    date: '1951',
    category: 'education',
    importance: 2,
    title: {
      en: 'First Vietnamese university students go to study in the USSR',
      vi: 'Những sinh viên Việt Nam đầu tiên sang học đại học ở Liên Xô',
      ru: 'Первые вьетнамские студенты уехали учиться в СССР',
    },
    description: {
      en: 'In the autumn of 1951, a first group of 21 young Vietnamese students and trainees arrived in Moscow during the First Indochina War. A second group of 49 followed in September 1953.',
      vi: 'Mùa thu năm 1951, đoàn đầu tiên gồm 21 sinh viên và thực tập sinh Việt Nam đến Moskva khi cuộc kháng chiến chống Pháp vẫn đang diễn ra. Tháng 9/1953, đoàn thứ hai gồm 49 người sang Liên Xô.',
      ru: 'Осенью 1951\u00a0г., в период Первой индокитайской войны, в Москву прибыла первая группа из 21 вьетнамского студента и стажёра. В сентябре 1953\u00a0г. за ними последовала вторая группа из 49 человек.',
    },
    sources: [
      {
        label: {
          en: 'Southeast Asia journal (Institute of Oriental Studies, RAS)',
          vi: 'Tạp chí Đông Nam Á (Viện Đông phương học, Viện Hàn lâm Khoa học Nga)',
          ru: 'Журнал «Юго-Восточная Азия» (ИВ РАН)',
        },
        url: 'https://sea.ivran.ru/articles?artid=216481',
      },
      {
        label: {
          en: 'St Petersburg State University: Oriental studies congress, 2023',
          vi: 'Đại học Quốc gia Saint Petersburg: kỷ yếu hội nghị Đông phương học, 2023',
          ru: 'СПбГУ: материалы востоковедного конгресса, 2023\u00a0г.',
        },
        url: 'https://orienthist.spbu.ru/arhiv/2023/257/',
      },
    ],
  },
  // row 6: the month comes from one Sputnik piece; Nhan Dan confirms the year (facts.md, confidence M)
  {
    id: '1952-04-first-ambassador',
    date: '1952-04',
    category: 'diplomacy',
    importance: 1,
    title: {
      en: 'First DRV ambassador presents credentials in Moscow',
      vi: 'Đại sứ đầu tiên của Việt Nam Dân chủ Cộng hòa trình quốc thư tại Moskva',
      ru: 'Первый посол ДРВ вручил верительные грамоты в Москве',
    },
    description: {
      en: 'Nguyen Luong Bang, later Vice President, became the DRV’s first ambassador to the USSR. The first Soviet ambassador took up his post in Hanoi only after the 1954 Geneva settlement.',
      vi: 'Ông Nguyễn Lương Bằng, sau này là Phó Chủ tịch nước, trở thành đại sứ đầu tiên của Việt Nam Dân chủ Cộng hòa tại Liên Xô. Phải đến sau Hiệp định Genève năm 1954, đại sứ Liên Xô đầu tiên mới nhận nhiệm vụ tại Hà Nội.',
      ru: 'Нгуен Лыонг Банг, впоследствии вице-президент, стал первым послом ДРВ в СССР. Первый советский посол приступил к работе в Ханое лишь после Женевских соглашений 1954\u00a0г.',
    },
    sources: [
      {
        label: { en: 'Sputnik Vietnam', vi: 'Sputnik Việt Nam', ru: 'Sputnik Вьетнам' },
        url: 'https://kevesko.vn/amp/20231127/tai-sao-dai-su-lien-xo-den-ha-noi-muon-hon-dai-su-viet-nam-dcch-tai-matxcova-26685291.html',
      },
      {
        label: { en: 'Nhan Dan newspaper', vi: 'Báo Nhân Dân', ru: 'Газета «Нянзан»' },
        url: 'https://en.nhandan.vn/120th-birth-anniversary-of-prominent-leader-celebrated-in-russia-post134416.html',
      },
    ],
  },
  // Added from dataset review 2, §7 (M1): the conference's last day; FRUS gives the night of 20–21 July and the Final Declaration of 21 July
  {
    id: '1954-07-21-geneva-conference',
    date: '1954-07-21',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Geneva agreements on Indochina; the USSR co-chairs the conference',
      vi: 'Hiệp định Genève về Đông Dương; Liên Xô là đồng chủ tịch hội nghị',
      ru: 'Женевские соглашения по Индокитаю; СССР — один из сопредседателей совещания',
    },
    description: {
      en: 'Talks on Indochina opened in Geneva on 8 May. In the night of 20–21 July ceasefire agreements for Vietnam, Laos and Cambodia were concluded, and on 21 July the conference issued its Final Declaration. Soviet Foreign Minister Vyacheslav Molotov chaired the Indochina sessions in turn with Britain’s Anthony Eden.',
      vi: 'Hội nghị Genève về Đông Dương khai mạc ngày 8/5. Đêm 20 rạng sáng 21/7, các hiệp định đình chỉ chiến sự ở Việt Nam, Lào và Campuchia được ký kết; ngày 21/7, Hội nghị ra Tuyên bố cuối cùng. Bộ trưởng Ngoại giao Liên Xô Vyacheslav Molotov luân phiên cùng Ngoại trưởng Anh Anthony Eden chủ trì các phiên họp về Đông Dương.',
      ru: 'Обсуждение индокитайского вопроса в Женеве началось 8 мая. В ночь с 20 на 21 июля были заключены соглашения о прекращении военных действий во Вьетнаме, Лаосе и Камбодже, а 21 июля совещание приняло Заключительную декларацию. Министр иностранных дел СССР В.\u00a0М.\u00a0Молотов поочерёдно с министром иностранных дел Великобритании Э.\u00a0Иденом председательствовал на заседаниях по Индокитаю.',
    },
    sources: [
      {
        label: {
          en: 'US Department of State, Office of the Historian (FRUS 1952–1954, vol. XIII)',
          vi: 'Bộ Ngoại giao Hoa Kỳ, Văn phòng Sử học (FRUS 1952–1954, tập XIII)',
          ru: 'Госдепартамент США, Служба историка (FRUS 1952–1954, т.\u00a0XIII)',
        },
        url: 'https://history.state.gov/historicaldocuments/frus1952-54v13p2/d1073',
      },
      {
        label: {
          en: 'The World & Vietnam Report (Ministry of Foreign Affairs): V. Kolotov on the Soviet role',
          vi: 'Báo Thế giới & Việt Nam (Bộ Ngoại giao): bài của GS.TS V. Kolotov',
          ru: 'Газета «Мир и Вьетнам» (МИД СРВ): статья В.\u00a0Н.\u00a0Колотова',
        },
        url: 'https://baoquocte.vn/vai-tro-cua-lien-xo-trong-dam-phan-va-ky-ket-hiep-dinh-geneva-268965.html',
      },
    ],
  },
  // row 7: a single scholarly source (facts.md, confidence M)
  {
    id: '1954-10-03-schoolchildren-moscow',
    date: '1954-10-03',
    category: 'education',
    importance: 1,
    title: {
      en: '100 Vietnamese schoolchildren arrive to study in Moscow',
      vi: '100 học sinh Việt Nam sang học tại Moskva',
      ru: '100 вьетнамских школьников приехали учиться в Москву',
    },
    description: {
      en: 'At the DRV government’s request, 100 Vietnamese boys and girls came to a boarding school in Moscow, where they studied until about 1960.',
      vi: 'Theo đề nghị của Chính phủ Việt Nam Dân chủ Cộng hòa, 100 học sinh nam nữ Việt Nam được đưa sang một trường nội trú ở Moskva và học tại đây đến khoảng năm 1960.',
      ru: 'По просьбе правительства ДРВ 100 вьетнамских мальчиков и девочек приехали в московскую школу-интернат, где учились примерно до 1960\u00a0г.',
    },
    sources: [
      {
        label: {
          en: 'Southeast Asia journal (Institute of Oriental Studies, RAS)',
          vi: 'Tạp chí Đông Nam Á (Viện Đông phương học, Viện Hàn lâm Khoa học Nga)',
          ru: 'Журнал «Юго-Восточная Азия» (ИВ РАН)',
        },
        url: 'https://sea.ivran.ru/articles?artid=216481',
      },
    ],
  },
  // row 8
  {
    id: '1955-07-09-ho-chi-minh-official-visit',
    date: '1955-07-09',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Ho Chi Minh’s first official visit to the USSR as president',
      vi: 'Chủ tịch Hồ Chí Minh lần đầu thăm chính thức Liên Xô',
      ru: 'Первый официальный визит Хо Ши Мина в СССР в качестве президента',
    },
    description: {
      en: 'A DRV government delegation led by Ho landed in Irkutsk on 9 July and toured several Soviet cities. A joint communiqué of 18 July recorded full agreement, and Moscow announced its first large-scale economic aid to the DRV.',
      vi: 'Đoàn đại biểu Chính phủ Việt Nam Dân chủ Cộng hòa do Chủ tịch Hồ Chí Minh dẫn đầu đến Irkutsk ngày 9/7 và thăm nhiều thành phố Liên Xô. Thông cáo chung ngày 18/7 ghi nhận sự nhất trí hoàn toàn; Liên Xô công bố khoản viện trợ kinh tế lớn đầu tiên cho Việt Nam Dân chủ Cộng hòa.',
      ru: 'Правительственная делегация ДРВ во главе с Хо Ши Мином прибыла 9 июля в Иркутск и посетила ряд советских городов. Совместное коммюнике от 18 июля зафиксировало полное единство взглядов, а Москва объявила о предоставлении ДРВ первой крупной экономической помощи.',
    },
    sources: [
      {
        label: { en: 'Kinh te & Do thi newspaper (from VNA)', vi: 'Báo Kinh tế & Đô thị (theo TTXVN)', ru: 'Газета «Экономика и город» (Kinh tế & Đô thị), по материалам ВИА' },
        url: 'https://kinhtedothi.vn/dau-an-cua-chu-tich-ho-chi-minh-tai-lien-xo-nam-1955-384668.html',
      },
      {
        label: {
          en: 'Great Soviet Encyclopedia (text on ed.newdu.com)',
          vi: 'Đại Bách khoa toàn thư Xô viết (bản trên ed.newdu.com)',
          ru: 'Большая советская энциклопедия (текст на ed.newdu.com)',
        },
        url: 'https://ed.newdu.com/k883878.html',
      },
    ],
  },
  // row 10 (row 9 left out: a single encyclopedic source). The first intake is given as 848 to about
  // 1,000 students depending on the source, so no number is stated.
  {
    id: '1956-10-15-hanoi-polytechnic',
    date: '1956-10-15',
    category: 'education',
    importance: 2,
    title: {
      en: 'Hanoi Polytechnic opens with Soviet help',
      vi: 'Đại học Bách khoa Hà Nội khai giảng khóa đầu tiên với sự giúp đỡ của Liên Xô',
      ru: 'При содействии СССР открылся Ханойский политехнический институт',
    },
    description: {
      en: 'Vietnam’s first multidisciplinary technical university, now Hanoi University of Science and Technology, began its first academic year. Soviet universities helped train its teachers and shape its courses, and Soviet architects designed the campus built in 1960–1965.',
      vi: 'Trường đại học kỹ thuật đa ngành đầu tiên của Việt Nam bước vào năm học đầu tiên. Các trường đại học Liên Xô giúp đào tạo giảng viên và xây dựng chương trình; kiến trúc sư Liên Xô thiết kế khu trường sở được xây dựng trong các năm 1960–1965.',
      ru: 'Первый во Вьетнаме многопрофильный технический вуз (ныне Ханойский университет науки и технологий) начал свой первый учебный год. Советские вузы помогли подготовить его преподавателей и составить учебные программы, а советские архитекторы спроектировали учебный городок, построенный в 1960–1965\u00a0гг.',
    },
    sources: [
      {
        label: { en: 'People’s Army Newspaper (QĐND)', vi: 'Báo Quân đội nhân dân', ru: 'Газета «Народная армия» (QĐND)' },
        url: 'https://www.qdnd.vn/giao-duc-khoa-hoc/cac-van-de/diem-sang-trong-giao-duc-dai-hoc-490031',
      },
      {
        label: {
          en: 'Hanoi University of Science and Technology: its bulletin on the first years',
          vi: 'Đại học Bách khoa Hà Nội: bản tin về những năm đầu',
          ru: 'Ханойский политехнический университет: бюллетень о первых годах',
        },
        url: 'https://bulletin.hust.edu.vn/nguoibk/chuyen-nhung-cong-than-mo-loi',
      },
    ],
  },
  // row 11: the arrival day (20 May) has one source, so only the month is given (facts.md)
  {
    id: '1957-05-voroshilov-visit',
    date: '1957-05',
    category: 'diplomacy',
    importance: 1,
    title: {
      en: 'Soviet head of state Kliment Voroshilov pays a state visit to the DRV',
      vi: 'Nguyên thủ Liên Xô K.\u00a0Voroshilov thăm hữu nghị chính thức Việt Nam',
      ru: 'Государственный визит Климента Ворошилова в ДРВ',
    },
    description: {
      en: 'Kliment Voroshilov, Chairman of the Presidium of the Supreme Soviet, came to Hanoi on a state visit. Ho Chi Minh saw him off at Gia Lam airport on 24 May 1957.',
      vi: 'Chủ tịch Đoàn Chủ tịch Xô viết Tối cao Liên Xô Kliment Voroshilov đến Hà Nội, bắt đầu chuyến thăm hữu nghị chính thức Việt Nam Dân chủ Cộng hòa. Ngày 24/5/1957, Chủ tịch Hồ Chí Minh tiễn Chủ tịch Voroshilov tại sân bay Gia Lâm.',
      ru: 'Председатель Президиума Верховного Совета СССР Климент Ворошилов прибыл в Ханой с государственным визитом. 24 мая 1957\u00a0г. Хо Ши Мин проводил его в аэропорту Зялам.',
    },
    sources: [
      {
        label: { en: 'Pentagon Papers, Part IV.A.5 (Wikisource)', vi: 'Hồ sơ Lầu Năm Góc, phần IV.A.5 (Wikisource)', ru: 'Документы Пентагона, часть IV.A.5 (Wikisource)' },
        url: 'https://en.wikisource.org/wiki/Page:Pentagon-Papers-Part_IV._A._5.djvu/232',
      },
      {
        label: {
          en: 'Vietnam News Agency (People and Events archive)',
          vi: 'Thông tấn xã Việt Nam (Nhân vật – Sự kiện)',
          ru: 'Вьетнамское информационное агентство (архив «Люди и события»)',
        },
        url: 'https://nvsk.vnanet.vn/chu-tich-ho-chi-minh-dau-an-su-kien-ngay-24-5-1957-1-34361.vna',
      },
    ],
  },
  // row 12
  {
    id: '1957-07-ho-chi-minh-khrushchev',
    date: '1957-07',
    category: 'diplomacy',
    importance: 1,
    title: {
      en: 'Ho Chi Minh visits the USSR again and meets Khrushchev',
      vi: 'Chủ tịch Hồ Chí Minh một lần nữa thăm Liên Xô, hội đàm với Khrushchev',
      ru: 'Новый визит Хо Ши Мина в СССР и переговоры с Хрущёвым',
    },
    description: {
      en: 'On a tour of socialist countries, Ho met Soviet leader Nikita Khrushchev in Moscow on 17 July 1957 to discuss the stalled implementation of the Geneva Accords, the plans of the Vietnamese Workers’ Party and Soviet support.',
      vi: 'Trong chuyến thăm các nước xã hội chủ nghĩa, ngày 17/7/1957, Chủ tịch Hồ Chí Minh gặp Bí thư thứ nhất Trung ương Đảng Cộng sản Liên Xô N.\u00a0Khrushchev tại Moskva để bàn về tình trạng bế tắc trong việc thi hành Hiệp định Genève, kế hoạch của Đảng Lao động Việt Nam và sự ủng hộ của Liên Xô.',
      ru: 'Во время поездки по социалистическим странам Хо Ши Мин 17 июля 1957\u00a0г. встретился в Москве с первым секретарём ЦК КПСС Н.\u00a0С.\u00a0Хрущёвым, чтобы обсудить застопорившееся выполнение Женевских соглашений, планы Партии трудящихся Вьетнама и советскую поддержку.',
    },
    sources: [
      {
        label: { en: 'Wilson Center Digital Archive', vi: 'Kho lưu trữ số Trung tâm Wilson', ru: 'Цифровой архив Центра Вильсона' },
        url: 'https://digitalarchive.wilsoncenter.org/document/record-conversation-between-ns-khrushchev-and-ho-chi-minh-president-drv-1100-17-july-1957',
      },
      {
        label: { en: 'Pentagon Papers, Part IV.A.5 (Wikisource)', vi: 'Hồ sơ Lầu Năm Góc, phần IV.A.5 (Wikisource)', ru: 'Документы Пентагона, часть IV.A.5 (Wikisource)' },
        url: 'https://en.wikisource.org/wiki/Page:Pentagon-Papers-Part_IV._A._5.djvu/232',
      },
    ],
  },
  // row 13: the day (31 July) is stated only in two reports of the same 2013 anniversary speech,
  // so only the year is given (facts.md)
  {
    id: '1958-soviet-friendship-society',
    date: '1958',
    category: 'people',
    importance: 1,
    title: {
      en: 'Soviet–Vietnamese Friendship Society founded in the USSR',
      vi: 'Thành lập Hội Hữu nghị Xô – Việt tại Liên Xô',
      ru: 'В СССР основано Общество советско-вьетнамской дружбы',
    },
    description: {
      en: 'The Soviet counterpart of Vietnam’s friendship association was founded. Today it is the Russia–Vietnam Friendship Association.',
      vi: 'Hội Hữu nghị Xô – Việt, tổ chức đối tác của Hội Hữu nghị Việt – Xô, ra đời tại Liên Xô. Ngày nay, đó là Hội Hữu nghị Nga – Việt.',
      ru: 'В СССР было создано Общество советско-вьетнамской дружбы — партнёр Общества вьетнамо-советской дружбы в ДРВ. Сегодня это Общество российско-вьетнамской дружбы.',
    },
    sources: [
      {
        label: { en: 'Binh Duong newspaper', vi: 'Báo Bình Dương', ru: 'Газета «Биньзыонг»' },
        url: 'https://baobinhduong.vn/en/russia-vietnam-friendship-association-marks-50th-anniversary-a65859.html',
      },
      {
        label: { en: 'Communist Review (Tạp chí Cộng sản)', vi: 'Tạp chí Cộng sản', ru: 'Журнал ЦК КПВ «Коммунист» (Tạp chí Cộng sản)' },
        url: 'https://tapchicongsan.org.vn/web/guest/hoat-ong-cua-lanh-ao-ang-nha-nuoc/-/2018/24642/ky-niem-55-nam-thanh-lap-hoi-huu-nghi-nga---viet.aspx',
      },
    ],
  },
  // row 14: February 1965, not 1964 (facts.md misreport 1)
  {
    id: '1965-02-10-kosygin-hanoi',
    date: '1965-02-10',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Kosygin visits Hanoi and the USSR pledges defence aid',
      vi: 'Thủ tướng Liên Xô Kosygin thăm Hà Nội, cam kết viện trợ quốc phòng',
      ru: 'Визит Косыгина в Ханой: СССР пообещал помощь в обороне ДРВ',
    },
    description: {
      en: 'Soviet Premier Alexei Kosygin visited Hanoi in early February 1965; during his stay the United States carried out air strikes on North Vietnam. A joint declaration of 10 February condemned the raids and promised Soviet help for the DRV’s defence.',
      vi: 'Chủ tịch Hội đồng Bộ trưởng (Thủ tướng) Liên Xô Aleksei Kosygin thăm Hà Nội đầu tháng 2/1965; đúng thời gian này, Mỹ tiến hành các cuộc không kích miền Bắc Việt Nam. Tuyên bố chung ngày 10/2 lên án các cuộc không kích và khẳng định Liên Xô sẽ giúp Việt Nam Dân chủ Cộng hòa củng cố quốc phòng.',
      ru: 'Председатель Совета Министров СССР Алексей Косыгин посетил Ханой в начале февраля 1965\u00a0г.; в дни его визита США нанесли авиаудары по Северному Вьетнаму. Совместное заявление от 10 февраля осудило налёты и закрепило обязательство СССР помочь ДРВ в укреплении обороны.',
    },
    sources: [
      {
        label: {
          en: 'Great Soviet Encyclopedia (text on ed.newdu.com)',
          vi: 'Đại Bách khoa toàn thư Xô viết (bản trên ed.newdu.com)',
          ru: 'Большая советская энциклопедия (текст на ed.newdu.com)',
        },
        url: 'https://ed.newdu.com/k883878.html',
      },
      {
        label: {
          en: 'The Press (Christchurch), 5 February 1965, via Papers Past',
          vi: 'Báo The Press (New Zealand), 5/2/1965, qua Papers Past',
          ru: 'The Press (Новая Зеландия), 5 февраля 1965\u00a0г., Papers Past',
        },
        url: 'https://paperspast.natlib.govt.nz/newspapers/CHP19650205.2.144',
      },
    ],
  },
  // Added from dataset review 2, §7 (M3): mid-April 1965 is CAND's date for the first specialists and missiles in Hanoi; the end is the war's
  {
    id: '1965-04-soviet-air-defence-aid',
    date: '1965-04',
    endDate: '1975',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'USSR sends air-defence missiles and military specialists to North Vietnam',
      vi: 'Liên Xô viện trợ tên lửa phòng không, cử chuyên gia quân sự sang miền Bắc',
      ru: 'СССР направил в ДРВ зенитные ракетные комплексы и военных специалистов',
    },
    description: {
      en: 'Under agreements reached during Premier Alexei Kosygin’s visit in February 1965, the first Soviet specialists and surface-to-air missile equipment reached Hanoi in mid-April 1965 to train Vietnamese missile troops. Soviet weapons and military specialists supported North Vietnam’s air defence until the war ended in 1975.',
      vi: 'Trung tuần tháng 4/1965, thực hiện thỏa thuận đạt được trong chuyến thăm của Chủ tịch Hội đồng Bộ trưởng Liên Xô A.\u00a0Kosygin hồi tháng 2/1965, những chuyên gia Liên Xô đầu tiên cùng khí tài tên lửa phòng không đã đến Hà Nội để huấn luyện bộ đội tên lửa Việt Nam. Vũ khí và chuyên gia quân sự Liên Xô hỗ trợ lực lượng phòng không miền Bắc cho đến khi chiến tranh kết thúc năm 1975.',
      ru: 'По договорённостям, достигнутым в ходе визита председателя Совета Министров СССР А.\u00a0Н.\u00a0Косыгина в феврале 1965\u00a0г., в середине апреля того же года в Ханой прибыли первые советские специалисты и зенитная ракетная техника для обучения вьетнамских ракетчиков. Советское вооружение и военные специалисты поддерживали ПВО Северного Вьетнама до окончания войны в 1975\u00a0г.',
    },
    sources: [
      {
        label: {
          en: 'People’s Public Security newspaper (CAND), 24 July 2015',
          vi: 'Báo Công an nhân dân, 24/7/2015',
          ru: 'Газета «Народная безопасность» (CAND), 24 июля 2015\u00a0г.',
        },
        url: 'https://amp.cand.com.vn/Phong-su-tu-lieu/Ha-guc-chiec-may-bay-My-thu-400-tren-bau-troi-Ha-Noi-i358981',
      },
      {
        label: {
          en: 'Kommersant: 33 years of Soviet aid to Vietnam',
          vi: 'Báo Kommersant: 33 năm Liên Xô giúp đỡ Việt Nam',
          ru: '«Коммерсантъ»: 33 года советской помощи Вьетнаму',
        },
        url: 'https://www.kommersant.ru/doc/14400',
      },
    ],
  },
  // Added from dataset review 2, §7 (M2): the inauguration day (Communist Party of Vietnam newspaper); the 1964 start has no linkable source
  {
    id: '1971-10-05-thac-ba-hydropower',
    date: '1971-10-05',
    category: 'energy',
    importance: 2,
    title: {
      en: 'Thac Ba hydropower plant, built with Soviet help, goes into operation',
      vi: 'Khánh thành Nhà máy Thủy điện Thác Bà do Liên Xô giúp xây dựng',
      ru: 'Введена в строй ГЭС «Тхакба», построенная при содействии СССР',
    },
    description: {
      en: 'The plant on the Chay River in Yen Bai province (now part of Lao Cai province), designed for 108 MW, was inaugurated on 5 October 1971. Soviet specialists took part in surveying and designing it from 1959, and it was built with Soviet assistance.',
      vi: 'Nhà máy trên sông Chảy (tỉnh Yên Bái, nay thuộc tỉnh Lào Cai), công suất thiết kế 108 MW, được khánh thành ngày 5/10/1971. Chuyên gia Liên Xô tham gia khảo sát, thiết kế công trình từ năm 1959; nhà máy được xây dựng với sự giúp đỡ của Liên Xô.',
      ru: 'Станция на реке Тяй (провинция Йенбай, ныне в составе провинции Лаокай) проектной мощностью 108\u00a0МВт торжественно открыта 5 октября 1971\u00a0г. В изысканиях и проектировании, начатых в 1959\u00a0г., участвовали советские специалисты; строительство шло при содействии СССР.',
    },
    sources: [
      {
        label: { en: 'Communist Party of Vietnam Online Newspaper', vi: 'Báo điện tử Đảng Cộng sản Việt Nam', ru: 'Электронная газета Компартии Вьетнама' },
        url: 'https://en.dangcongsan.vn/multimedia/thac-ba-hydropower-reservoir-project-a-wonder-of-yen-bai-province-599732.html',
      },
      {
        label: { en: 'Thac Ba Hydropower JSC (the plant’s operator)', vi: 'Công ty CP Thủy điện Thác Bà', ru: 'АО «ГЭС Тхакба» (оператор станции)' },
        url: 'https://thacba.vn/d4/news/Nha-may-thuy-dien-Thac-Ba-35-nam-quan-ly-van-hanh-2-2095.aspx',
      },
    ],
  },
  // Added from dataset review 2, §7 (M4): construction from 2 September 1973 (Thoi Dai), open from 29 August 1975 (QĐND)
  {
    id: '1973-09-02-ho-chi-minh-mausoleum',
    date: '1973-09-02',
    endDate: '1975-08-29',
    category: 'culture',
    importance: 2,
    title: {
      en: 'Ho Chi Minh Mausoleum built with Soviet assistance',
      vi: 'Xây dựng Lăng Chủ tịch Hồ Chí Minh với sự giúp đỡ của Liên Xô',
      ru: 'Строительство мавзолея Хо Ши Мина при содействии СССР',
    },
    description: {
      en: 'Construction began on Ba Dinh Square in Hanoi on 2 September 1973, and the mausoleum opened on 29 August 1975. Soviet architects and specialists worked on its design and construction with their Vietnamese counterparts.',
      vi: 'Lăng Chủ tịch Hồ Chí Minh được khởi công tại Quảng trường Ba Đình (Hà Nội) ngày 2/9/1973 và khánh thành ngày 29/8/1975. Các kiến trúc sư và chuyên gia Liên Xô đã cùng phía Việt Nam thiết kế và xây dựng công trình.',
      ru: 'Строительство мавзолея на площади Бадинь в Ханое началось 2 сентября 1973\u00a0г., а 29 августа 1975\u00a0г. он был открыт В проектировании и строительстве вместе с вьетнамскими коллегами участвовали советские архитекторы и специалисты.',
    },
    sources: [
      {
        label: {
          en: 'Thoi Dai magazine (Vietnam Union of Friendship Organizations)',
          vi: 'Tạp chí Thời Đại (Liên hiệp các tổ chức hữu nghị Việt Nam)',
          ru: 'Журнал «Тхойдай» (Союз обществ дружбы Вьетнама)',
        },
        url: 'https://www.thoidai.com.vn/hinh-anh-hiem-ve-2-nam-xay-dung-lang-chu-tich-ho-chi-minh-86583.html',
      },
      {
        label: { en: 'TASS, 9 December 2025', vi: 'Hãng thông tấn TASS, 9/12/2025', ru: 'ТАСС, 9 декабря 2025\u00a0г.' },
        url: 'https://tass.ru/obschestvo/25851311',
      },
      {
        label: {
          en: 'People’s Army Newspaper (QĐND): open since 29 August 1975',
          vi: 'Báo Quân đội nhân dân: mở cửa từ 29/8/1975',
          ru: 'Газета «Народная армия» (QĐND): открыт с 29 августа 1975\u00a0г.',
        },
        url: 'https://en.qdnd.vn/social-affairs/news/over-10-000-people-visit-president-ho-chi-minh-s-mausoleum-505819',
      },
    ],
  },
  // row 15
  {
    id: '1978-06-29-comecon-membership',
    date: '1978-06-29',
    category: 'economy',
    importance: 2,
    title: {
      en: 'Vietnam becomes a full member of COMECON',
      vi: 'Việt Nam trở thành thành viên chính thức của Hội đồng Tương trợ Kinh tế (SEV)',
      ru: 'Вьетнам стал полноправным членом СЭВ',
    },
    description: {
      en: 'At the session in Bucharest, Vietnam was admitted as a full member of the Council for Mutual Economic Assistance (COMECON), tying its planned economy more closely to those of the other member countries.',
      vi: 'Tại kỳ họp ở Bucharest, Việt Nam được kết nạp làm thành viên chính thức của Hội đồng Tương trợ Kinh tế, qua đó gắn nền kinh tế kế hoạch của Việt Nam chặt chẽ hơn với các nước SEV.',
      ru: 'На сессии в Бухаресте Вьетнам стал полноправным членом Совета экономической взаимопомощи (СЭВ), что теснее связало его плановую экономику с экономиками других стран СЭВ.',
    },
    sources: [
      {
        label: { en: 'The Michigan Daily (AP), 30 June 1978', vi: 'Báo The Michigan Daily (AP), 30/6/1978', ru: 'Газета The Michigan Daily (AP), 30 июня 1978\u00a0г.' },
        url: 'https://digital.bentley.umich.edu/midaily/mdp.39015071754621/619',
      },
      {
        label: { en: 'Radio Prague International', vi: 'Đài Phát thanh Quốc tế Praha', ru: 'Радио Прага' },
        url: 'https://english.radio.cz/thirty-years-dissolution-comecon-east-bloc-economic-organisation-8720944',
      },
    ],
  },
  // row 16: the ratification date rests on the Soviet decree (kodeks)
  {
    id: '1978-11-03-friendship-treaty',
    date: '1978-11-03',
    category: 'diplomacy',
    importance: 3,
    title: {
      en: 'Treaty of Friendship and Cooperation signed in Moscow',
      vi: 'Ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Liên Xô tại Moskva',
      ru: 'В Москве подписан советско-вьетнамский Договор о дружбе и сотрудничестве',
    },
    description: {
      en: 'The 25-year treaty, covering political, economic, scientific and security cooperation, was signed in the Kremlin by General Secretaries Leonid Brezhnev and Le Duan, in the presence of Premiers Alexei Kosygin and Pham Van Dong. The USSR ratified it on 13 December 1978.',
      vi: 'Hiệp ước có thời hạn 25 năm, quy định hợp tác về chính trị, kinh tế, khoa học và an ninh, do Tổng Bí thư Lê Duẩn và Tổng Bí thư L.\u00a0Brezhnev ký tại Điện Kremli, với sự có mặt của Thủ tướng Phạm Văn Đồng và Chủ tịch Hội đồng Bộ trưởng A.\u00a0Kosygin. Liên Xô phê chuẩn hiệp ước ngày 13/12/1978.',
      ru: 'Договор сроком на 25 лет, предусматривающий сотрудничество в политике, экономике, науке и сфере безопасности, подписали в Кремле генеральные секретари Л.\u00a0И.\u00a0Брежнев и Ле Зуан в присутствии председателя Совета Министров СССР А.\u00a0Н.\u00a0Косыгина и премьер-министра СРВ Фам Ван Донга. СССР ратифицировал его 13 декабря 1978\u00a0г.',
    },
    sources: [
      {
        label: { en: 'The World and Japan database (treaty text)', vi: 'Cơ sở dữ liệu The World and Japan (văn bản hiệp ước)', ru: 'База данных «Мир и Япония» (текст договора)' },
        url: 'https://worldjpn.net/documents/texts/docs/19781103.T1E.html',
      },
      {
        label: {
          en: 'Kodeks legal database (ratification decree)',
          vi: 'Cơ sở dữ liệu pháp luật Kodeks (sắc lệnh phê chuẩn)',
          ru: 'Электронный фонд «Кодекс» (указ о ратификации)',
        },
        url: 'https://docs2.kodeks.ru/document/901883310',
      },
      {
        label: { en: 'US Embassy Moscow cable (WikiLeaks)', vi: 'Điện tín của Đại sứ quán Mỹ tại Moskva (WikiLeaks)', ru: 'Телеграмма посольства США в Москве (WikiLeaks)' },
        url: 'https://wikileaks.org/plusd/cables/1978MOSCOW26985_d.html',
      },
    ],
  },
  // row 17: year precision; 2 May 1979 has a single source (facts.md)
  {
    id: '1979-cam-ranh-agreement',
    date: '1979',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Soviet Navy gets rent-free use of Cam Ranh Bay',
      vi: 'Hải quân Liên Xô được sử dụng căn cứ Cam Ranh không phải trả tiền thuê',
      ru: 'ВМФ СССР получил право безвозмездно пользоваться базой в Камрани',
    },
    description: {
      en: 'Under a 1979 agreement, Vietnam let the Soviet Pacific Fleet use the former US base at Cam Ranh for 25 years without rent. It became the largest Soviet military facility outside the Warsaw Pact countries.',
      vi: 'Theo thỏa thuận năm 1979, Việt Nam cho Hạm đội Thái Bình Dương của Liên Xô sử dụng căn cứ cũ của Mỹ ở Cam Ranh trong 25 năm mà không thu tiền thuê. Cam Ranh trở thành cơ sở quân sự lớn nhất của Liên Xô bên ngoài các nước thuộc Hiệp ước Warszawa.',
      ru: 'По соглашению 1979\u00a0г. Вьетнам на 25 лет безвозмездно предоставил Тихоокеанскому флоту СССР бывшую американскую базу в Камрани. Она стала крупнейшим советским военным объектом за пределами стран Варшавского договора.',
    },
    sources: [
      {
        label: { en: 'The Japan Times (Kyodo), 8 October 2016', vi: 'Báo The Japan Times (Kyodo), 8/10/2016', ru: 'The Japan Times (Киодо), 8 октября 2016\u00a0г.' },
        url: 'https://www.japantimes.co.jp/news/2016/10/08/world/russia-mulls-resuming-military-presence-vietnam-defense-official/',
      },
      {
        label: { en: 'Reuters, 6 October 2010', vi: 'Hãng thông tấn Reuters, 6/10/2010', ru: 'Рейтер, 6 октября 2010\u00a0г.' },
        url: 'https://www.reuters.com/article/idINIndia-51991720101006',
      },
    ],
  },
  // row 18: inaugurated 9 May 1985, not "completed 1978" (facts.md misreport 2)
  {
    id: '1979-06-thang-long-bridge',
    date: '1979-06',
    endDate: '1985-05-09',
    category: 'economy',
    importance: 2,
    title: {
      en: 'Thang Long Bridge built with Soviet help',
      vi: 'Xây dựng cầu Thăng Long với sự giúp đỡ của Liên Xô',
      ru: 'Строительство моста Тханглонг при содействии СССР',
    },
    description: {
      en: 'Work on the two-level road and rail bridge over the Red River began in 1974 with Chinese aid and stopped in 1978. It resumed in June 1979 with Soviet engineers and materials, and the bridge was inaugurated on 9 May 1985.',
      vi: 'Cầu hai tầng đường bộ và đường sắt qua sông Hồng khởi công năm 1974 với viện trợ của Trung Quốc và bị dừng năm 1978. Từ tháng 6/1979, công trình được thi công trở lại với kỹ sư và vật tư của Liên Xô; cầu được khánh thành ngày 9/5/1985.',
      ru: 'Строительство двухъярусного автомобильно-железнодорожного моста через Красную реку началось в 1974\u00a0г. при помощи Китая и остановилось в 1978\u00a0г. В июне 1979\u00a0г. работы возобновились при участии советских инженеров и с использованием советских материалов, а 9 мая 1985\u00a0г. мост был открыт.',
    },
    sources: [
      {
        label: { en: 'Saigon Giai Phong (SGGP), 7 January 2021', vi: 'Báo Sài Gòn Giải Phóng, 7/1/2021', ru: 'Газета «Сайгон Зяйфонг», 7 января 2021\u00a0г.' },
        url: 'https://sggpnews.org.vn/national/thang-long-bridge-reoperated-after-5month-repair-of-bridge-deck-90131.html',
      },
      {
        label: { en: 'Vietnam Television (VTV), 8 January 2021', vi: 'Đài Truyền hình Việt Nam (VTV), 8/1/2021', ru: 'Вьетнамское телевидение (VTV), 8 января 2021\u00a0г.' },
        url: 'https://english.vtv.vn/news/thang-long-bridge-opens-to-traffic-after-five-month-repair-20210108111649689.htm',
      },
      {
        label: {
          en: 'Vietexplorer (Hanoitimes text on the bridge’s history)',
          vi: 'Vietexplorer (bài của Hanoitimes về lịch sử cây cầu)',
          ru: 'Vietexplorer (статья Hanoitimes об истории моста)',
        },
        url: 'https://vietexplorer.com/lifestyle/thang-long-the-bridge-of-the-vietnam-soviet-friendship/',
      },
    ],
  },
  // row 19
  {
    id: '1979-11-06-hoa-binh-hydropower',
    date: '1979-11-06',
    endDate: '1994-12-20',
    category: 'energy',
    importance: 3,
    title: {
      en: 'Hoa Binh Hydropower Plant built with Soviet assistance',
      vi: 'Xây dựng Nhà máy Thủy điện Hòa Bình với sự giúp đỡ của Liên Xô',
      ru: 'Строительство ГЭС «Хоабинь» при содействии СССР',
    },
    description: {
      en: 'Construction of the 1,920 MW plant on the Da River began on 6 November 1979 with several hundred Soviet specialists. The first unit started generating on 30 December 1988, and the finished plant was inaugurated on 20 December 1994.',
      vi: 'Công trình thủy điện 1.920 MW trên sông Đà khởi công ngày 6/11/1979 với sự tham gia của hàng trăm chuyên gia Liên Xô. Tổ máy đầu tiên phát điện ngày 30/12/1988; công trình hoàn thành, được khánh thành ngày 20/12/1994.',
      ru: 'Строительство ГЭС мощностью 1920 МВт на реке Да началось 6 ноября 1979\u00a0г. при участии сотен советских специалистов. Первый гидроагрегат был пущен 30 декабря 1988\u00a0г., а 20 декабря 1994\u00a0г. станция была торжественно открыта.',
    },
    sources: [
      {
        label: { en: 'VnExpress International', vi: 'VnExpress International', ru: 'VnExpress International' },
        url: 'https://e.vnexpress.net/photo/news/hoa-binh-power-plant-construction-of-the-20th-century-4012791.html',
      },
      {
        label: { en: 'Voice of Vietnam (VOV)', vi: 'Đài Tiếng nói Việt Nam (VOV)', ru: 'Голос Вьетнама (VOV)' },
        url: 'https://english.vov.vn/economy/hoa-binh-hydropower-plant-symbol-of-vietnamsoviet-union-friendship-362170.vov',
      },
    ],
  },
  // row 20: 23 July in UTC and Moscow; already 24 July in Hanoi (facts.md misreport 8)
  {
    id: '1980-07-23-pham-tuan-soyuz-37',
    date: '1980-07-23',
    endDate: '1980-07-31',
    category: 'science',
    importance: 3,
    title: {
      en: 'Pham Tuan flies to Salyut 6 aboard Soyuz 37',
      vi: 'Phạm Tuân bay vào vũ trụ trên tàu Soyuz 37',
      ru: 'Полёт Фам Туана на «Союзе-37» к станции «Салют-6»',
    },
    description: {
      en: 'Air force pilot Pham Tuan flew with Viktor Gorbatko to the Salyut 6 station under the Intercosmos programme and spent nearly eight days in orbit. He was the first Vietnamese in space and the first Asian from outside the USSR.',
      vi: 'Phi công không quân Phạm Tuân cùng Viktor Gorbatko bay lên trạm Salyut 6 trong chương trình Intercosmos và ở trên quỹ đạo gần tám ngày. Ông là người Việt Nam đầu tiên, đồng thời là người châu Á đầu tiên không mang quốc tịch Liên Xô, bay vào vũ trụ.',
      ru: 'Военный лётчик Фам Туан вместе с Виктором Горбатко совершил полёт к станции «Салют-6» по программе «Интеркосмос» и провёл на орбите почти восемь суток. Он стал первым космонавтом Вьетнама и первым космонавтом из Азии, не являвшимся гражданином СССР.',
    },
    dateNote: {
      en: 'Launched at 18:33 GMT (21:33 in Moscow) on 23 July; in Hanoi it was already 01:33 on 24 July, the date some Vietnamese sources give.',
      vi: 'Tàu vũ trụ Soyuz 37 được phóng lúc 18 giờ 33 phút ngày 23/7 theo giờ GMT, tức 1 giờ 33 phút ngày 24/7 theo giờ Hà Nội, nên một số tài liệu trong nước ghi ngày phóng là 24/7.',
      ru: 'Старт\u00a0— 23 июля в 21:33 по московскому времени (18:33 по Гринвичу); в Ханое уже наступило 24 июля (01:33 по местному времени), поэтому в некоторых вьетнамских источниках датой старта указано 24 июля.',
    },
    sources: [
      {
        label: { en: 'BBC News, 24 July 2000', vi: 'BBC News, 24/7/2000', ru: 'Би-би-си, 24 июля 2000\u00a0г.' },
        url: 'https://news.bbc.co.uk/2/hi/asia-pacific/849003.stm',
      },
      {
        label: { en: 'VietnamPlus (Vietnam News Agency)', vi: 'VietnamPlus (Thông tấn xã Việt Nam)', ru: 'VietnamPlus (Вьетнамское информационное агентство)' },
        url: 'https://en.vietnamplus.vn/vietnamese-soviet-cosmonauts-reminisce-about-space-flight/78123.vnp',
      },
      {
        label: {
          en: 'NASA Space Science Data Coordinated Archive: Soyuz 37',
          vi: 'Kho lưu trữ dữ liệu khoa học vũ trụ của NASA (NSSDCA): Soyuz 37',
          ru: 'Архив данных космических исследований NASA (NSSDCA): «Союз-37»',
        },
        url: 'https://nssdc.gsfc.nasa.gov/nmc/spacecraft/display.action?id=1980-064A',
      },
    ],
  },
  // Added from dataset review 2, §7 (M5): signed 2 April 1981 (Argumenty i Fakty archive); announced by TASS only in April 1982 (CSM)
  {
    id: '1981-04-02-vietnamese-workers-agreement',
    date: '1981-04-02',
    category: 'people',
    importance: 2,
    title: {
      en: 'Agreement on Vietnamese citizens training and working in the USSR',
      vi: 'Hiệp định đưa công dân Việt Nam sang học nghề và làm việc tại Liên Xô',
      ru: 'Соглашение о направлении вьетнамских граждан на обучение и работу в СССР',
    },
    description: {
      en: 'The two governments agreed to send Vietnamese citizens to Soviet enterprises and organisations for vocational training and work. In the 1980s thousands of Vietnamese workers came to the USSR under the agreement, one of the roots of today’s Vietnamese community in Russia.',
      vi: 'Hai chính phủ thỏa thuận đưa công dân Việt Nam sang học nghề và làm việc tại các xí nghiệp, tổ chức của Liên Xô. Trong thập niên 1980, hàng nghìn lao động Việt Nam đã sang Liên Xô theo hiệp định này; đây là một trong những tiền đề hình thành cộng đồng người Việt tại Nga ngày nay.',
      ru: 'Правительства двух стран договорились о направлении вьетнамских граждан на профессиональное обучение и работу на предприятия и в организации СССР. В 1980-е\u00a0гг. по этому соглашению в СССР приехали тысячи вьетнамских рабочих; это один из истоков нынешней вьетнамской общины в России.',
    },
    sources: [
      {
        label: { en: 'Argumenty i Fakty (archive)', vi: 'Báo Argumenty i Fakty (lưu trữ)', ru: '«Аргументы и факты» (архив)' },
        url: 'https://archive.aif.ru/archive/1658019',
      },
      {
        label: { en: 'The Christian Science Monitor, 4 May 1982', vi: 'Báo The Christian Science Monitor, 4/5/1982', ru: 'The Christian Science Monitor, 4 мая 1982\u00a0г.' },
        url: 'https://www.csmonitor.com/1982/0504/050430.html',
      },
    ],
  },
  // row 21: the intergovernmental agreement; the company's own anniversary (facts.md misreport 6)
  {
    id: '1981-06-19-vietsovpetro',
    date: '1981-06-19',
    category: 'energy',
    importance: 3,
    title: {
      en: 'Agreement signed to set up the Vietsovpetro oil joint venture',
      vi: 'Ký hiệp định thành lập Xí nghiệp Liên doanh Dầu khí Việt – Xô (Vietsovpetro)',
      ru: 'Подписано соглашение о создании СП «Вьетсовпетро»',
    },
    description: {
      en: 'In Moscow, the two governments agreed to create a Vietnamese–Soviet joint venture to explore for and produce oil and gas on Vietnam’s southern continental shelf.',
      vi: 'Tại Moskva, hai chính phủ ký hiệp định thành lập xí nghiệp liên doanh Việt – Xô để thăm dò và khai thác dầu khí ở thềm lục địa phía Nam Việt Nam.',
      ru: 'В Москве правительства двух стран договорились создать советско-вьетнамское совместное предприятие по разведке и добыче нефти и газа на континентальном шельфе юга Вьетнама.',
    },
    sources: [
      {
        label: { en: 'Vietsovpetro', vi: 'Vietsovpetro', ru: 'СП «Вьетсовпетро»' },
        url: 'https://www.vietsov.com.vn/pages/Details.aspx?itemid=341&c=2',
      },
      {
        label: { en: 'Vietnam Oil and Gas Trade Union', vi: 'Công đoàn Dầu khí Việt Nam', ru: 'Профсоюз нефтегазовой отрасли Вьетнама' },
        url: 'https://congdoandaukhi.vn/ky-niem-40-nam-thanh-lap-lien-doanh-viet-nga-vietsovpetro-1981-2021-mot-moc-son-quan-trong-trong-trang-su-vietsovpetro',
      },
    ],
  },
  // row 22: not 1988, which was the first oil from the granite basement (facts.md misreport 7)
  {
    id: '1986-06-26-bach-ho-first-oil',
    date: '1986-06-26',
    category: 'energy',
    importance: 2,
    title: {
      en: 'Vietsovpetro pumps the first oil from the Bach Ho field',
      vi: 'Vietsovpetro khai thác tấn dầu đầu tiên từ mỏ Bạch Hổ',
      ru: 'СП «Вьетсовпетро» добыло первую нефть на месторождении «Белый Тигр»',
    },
    description: {
      en: 'The first tonne of crude came from the Bach Ho (White Tiger) field on the shelf off Vung Tau, making Vietnam an oil producer.',
      vi: 'Tấn dầu thô đầu tiên được khai thác từ mỏ Bạch Hổ ngoài khơi Vũng Tàu, đưa Việt Nam trở thành nước khai thác dầu mỏ.',
      ru: 'Первая тонна нефти была добыта на месторождении «Белый Тигр» на шельфе у Вунгтау, и Вьетнам стал нефтедобывающей страной.',
    },
    sources: [
      {
        label: { en: 'Vietsovpetro', vi: 'Vietsovpetro', ru: 'СП «Вьетсовпетро»' },
        url: 'https://www.vietsov.com.vn/pages/Details.aspx?itemid=341&c=2',
      },
      {
        label: { en: 'VietnamPlus (Vietnam News Agency)', vi: 'VietnamPlus (Thông tấn xã Việt Nam)', ru: 'VietnamPlus (Вьетнамское информационное агентство)' },
        url: 'https://en.vietnamplus.vn/vietsovpetro-taps-230-million-tonnes-of-oil/137800.vnp',
      },
    ],
  },
  // row 23
  {
    id: '1988-03-07-tropical-centre',
    date: '1988-03-07',
    category: 'science',
    importance: 1,
    title: {
      en: 'Vietnam–Soviet Tropical Centre founded in Hanoi',
      vi: 'Thành lập Trung tâm Nhiệt đới Việt – Xô tại Hà Nội',
      ru: 'В Ханое основан Советско-вьетнамский тропический центр',
    },
    description: {
      en: 'A joint centre for research on the durability of materials in the tropics, tropical ecology and tropical medicine was set up under a 1987 intergovernmental agreement. Today it is the Vietnam–Russia Tropical Centre.',
      vi: 'Trung tâm nghiên cứu chung về độ bền nhiệt đới, sinh thái nhiệt đới và y sinh nhiệt đới được thành lập theo hiệp định liên chính phủ ký năm 1987. Ngày nay, trung tâm mang tên Trung tâm Nhiệt đới Việt – Nga.',
      ru: 'Совместный центр по тропическому материаловедению, тропической экологии и медицине был создан по межправительственному соглашению 1987\u00a0г. Сегодня это Российско-вьетнамский тропический центр.',
    },
    sources: [
      {
        label: { en: 'Vietnam–Russia Tropical Centre', vi: 'Trung tâm Nhiệt đới Việt – Nga', ru: 'Российско-вьетнамский тропический центр' },
        url: 'https://trungtamnhietdoivietnga.com.vn/about-us',
      },
      {
        label: { en: 'VietnamPlus (Vietnam News Agency)', vi: 'VietnamPlus (Thông tấn xã Việt Nam)', ru: 'VietnamPlus (Вьетнамское информационное агентство)' },
        url: 'https://en.vietnamplus.vn/coordinating-committee-for-vietnamrussia-tropical-centre-meets-in-hanoi/164861.vnp',
      },
    ],
  },
  // row 24: 18 May, not 19 May (facts.md misreport 9); 19 May is the birthday
  {
    id: '1990-05-18-moscow-monument',
    date: '1990-05-18',
    category: 'culture',
    importance: 1,
    title: {
      en: 'Ho Chi Minh monument unveiled in Moscow',
      vi: 'Khánh thành tượng đài Chủ tịch Hồ Chí Minh tại Moskva',
      ru: 'В Москве открыт памятник Хо Ши Мину',
    },
    description: {
      en: 'Vladimir Tsigal’s monument was unveiled on Ho Chi Minh Square near Akademicheskaya metro station, on the eve of the 100th anniversary of Ho Chi Minh’s birth (19 May 1990).',
      vi: 'Tượng đài do nhà điêu khắc Vladimir Tsigal thực hiện được khánh thành tại Quảng trường Hồ Chí Minh gần ga tàu điện ngầm Akademicheskaya, ngay trước dịp kỷ niệm 100 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1990).',
      ru: 'Памятник работы Владимира Цигаля открыт на площади Хо Ши Мина у станции метро «Академическая» накануне 100-летия со дня рождения Хо Ши Мина (19 мая 1990\u00a0г.).',
    },
    sources: [
      {
        label: {
          en: 'Wikipedia: Ho Chi Minh Monument, Moscow',
          vi: 'Wikipedia (tiếng Anh): Tượng đài Hồ Chí Minh ở Moskva',
          ru: 'Википедия (на английском): памятник Хо Ши Мину в Москве',
        },
        url: 'https://en.wikipedia.org/wiki/Ho_Chi_Minh_Monument,_Moscow',
      },
      {
        label: { en: 'VietnamPlus (Vietnam News Agency)', vi: 'VietnamPlus (Thông tấn xã Việt Nam)', ru: 'VietnamPlus (Вьетнамское информационное агентство)' },
        url: 'https://en.vietnamplus.vn/president-ho-chi-minh-in-memories-of-russian-people/201689.vnp',
      },
      {
        label: {
          en: 'People’s Army Newspaper (QĐND): unveiled on 18 May 1990',
          vi: 'Báo Quân đội nhân dân: khánh thành ngày 18/5/1990',
          ru: 'Газета «Народная армия» (QĐND): открыт 18 мая 1990\u00a0г.',
        },
        url: 'https://en.qdnd.vn/military/intl-relations-and-cooperation/defense-minister-pays-tribute-to-president-ho-chi-minh-in-russia-568836',
      },
    ],
  },
  // row 25: 27 December is the Russian MFA's own record of the act (its country brief, on the Rossotrudnichestvo
  // page); the Vietnamese source says December 1991 and none contradicts the day (dataset review 2, §3). The id
  // keeps the month it was published with: links already in articles must still open it.
  {
    id: '1991-12-recognition-of-russia',
    date: '1991-12-27',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Vietnam recognises the Russian Federation',
      vi: 'Việt Nam công nhận Liên bang Nga',
      ru: 'Вьетнам признал Российскую Федерацию',
    },
    description: {
      en: 'After the Soviet Union broke up, Vietnam announced that it recognised the Russian Federation, which took over the USSR’s treaties and relations with Vietnam as its successor state.',
      vi: 'Sau khi Liên Xô tan rã, Việt Nam tuyên bố công nhận Liên bang Nga – quốc gia kế tục Liên Xô, tiếp nhận các điều ước và quan hệ của Liên Xô với Việt Nam.',
      ru: 'После распада СССР Вьетнам заявил о признании Российской Федерации, ставшей правопреемником СССР, в том числе по договорам и отношениям с Вьетнамом.',
    },
    sources: [
      {
        label: { en: 'Rossotrudnichestvo office in Vietnam', vi: 'Văn phòng Rossotrudnichestvo tại Việt Nam', ru: 'Представительство Россотрудничества во Вьетнаме' },
        url: 'https://vnm.rs.gov.ru/ru/pages/386',
      },
      {
        label: { en: 'Thanh Nien Viet', vi: 'Thanh Niên Việt', ru: '«Тхань Ниен Вьет»' },
        url: 'https://thanhnienviet.vn/print/quan-he-doi-tac-chien-luoc-viet-nga-2001-2012-nhin-tu-doi-thoai-va-hop-tac-chinh-tri-209250610172359663.htm',
      },
    ],
  },
  // row 26; its 30th anniversary in 2024 is from seed 000 (VUFO)
  {
    id: '1994-06-16-basic-principles-treaty',
    date: '1994-06-16',
    category: 'diplomacy',
    importance: 3,
    title: {
      en: 'Treaty on Basic Principles of Friendly Relations signed',
      vi: 'Ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị Việt Nam – Nga',
      ru: 'Подписан Договор об основах дружественных отношений',
    },
    description: {
      en: 'The treaty, signed in Moscow, replaced the 1978 treaty and based relations on respect for independence and sovereignty, non-interference in internal affairs, equality and mutual benefit. Its 30th anniversary was marked in 2024.',
      vi: 'Hiệp ước ký tại Moskva thay thế Hiệp ước năm 1978, xác lập quan hệ hai nước trên cơ sở tôn trọng độc lập, chủ quyền, không can thiệp vào công việc nội bộ của nhau, bình đẳng và cùng có lợi. Năm 2024, hai nước kỷ niệm 30 năm ký hiệp ước.',
      ru: 'Подписанный в Москве договор заменил договор 1978\u00a0г. и закрепил в качестве основы отношений принципы уважения независимости и суверенитета, невмешательства во внутренние дела, равноправия и взаимной выгоды. В 2024\u00a0г. отмечалось 30-летие договора.',
    },
    sources: [
      {
        label: { en: 'Communist Review (Tạp chí Cộng sản)', vi: 'Tạp chí Cộng sản', ru: 'Журнал ЦК КПВ «Коммунист» (Tạp chí Cộng sản)' },
        url: 'https://tapchicongsan.org.vn/en/-oi-ngoai2/-/2018/504356/tu-hiep-uoc-huu-nghi-va-hop-tac-viet-nam---lien-xo-den-hiep-uoc-ve-nhung-nguyen-tac-co-ban-cua-quan-he-huu-nghi-viet-nam---nga--dieu-con-mai-va-dieu-thay-doi-cung-lam-nen-gia-tri.aspx',
      },
      {
        label: { en: 'Voice of Vietnam, VOV World', vi: 'Đài Tiếng nói Việt Nam, VOV World', ru: 'Голос Вьетнама, VOV World' },
        url: 'https://vovworld.vn/en-US/current-affairs/important-milestones-in-vietnamrussia-relations-1304153.vov',
      },
      {
        label: {
          en: 'Vietnam Union of Friendship Organizations (VUFO), 9 June 2024',
          vi: 'Liên hiệp các tổ chức hữu nghị Việt Nam, 9/6/2024',
          ru: 'Союз обществ дружбы Вьетнама, 9 июня 2024\u00a0г.',
        },
        url: 'https://vufo.org.vn/People-to-people-Diplomacy---Golden-key-to-Enhance-Viet-Nam-Russia-Friendship-23-54941.html?lang=en',
      },
    ],
  },
  // row 27: not January 2001 (facts.md misreport 5); the declaration was signed on 1 March
  {
    id: '2001-02-28-strategic-partnership',
    date: '2001-02-28',
    endDate: '2001-03-02',
    category: 'diplomacy',
    importance: 3,
    title: {
      en: 'Putin’s first visit to Vietnam; strategic partnership declared',
      vi: 'Tổng thống Putin lần đầu thăm Việt Nam, xác lập quan hệ Đối tác chiến lược',
      ru: 'Первый визит Путина во Вьетнам: провозглашено стратегическое партнёрство',
    },
    description: {
      en: 'The first official visit to Vietnam by a Russian president produced a joint declaration on strategic partnership, signed on 1 March 2001. It was Vietnam’s first strategic partnership. The two sides also declared settled the Soviet-era debt, estimated at about US$11 billion, which they had agreed in September 2000 to cut by 85 per cent.',
      vi: 'Đây là chuyến thăm chính thức Việt Nam đầu tiên của một nguyên thủ Liên bang Nga. Ngày 1/3/2001, hai bên ký Tuyên bố chung về quan hệ Đối tác chiến lược; Liên bang Nga trở thành đối tác chiến lược đầu tiên của Việt Nam. Hai bên cũng tuyên bố đã giải quyết xong khoản nợ thời Liên Xô, ước khoảng 11 tỷ USD, vốn đã được thỏa thuận giảm 85% vào tháng 9/2000.',
      ru: 'Это был первый официальный визит во Вьетнам президента России. 1 марта 2001\u00a0г. стороны подписали Декларацию о стратегическом партнёрстве — первом таком партнёрстве Вьетнама. Стороны также объявили урегулированным долг советского периода, оценивавшийся примерно в 11\u00a0млрд долларов, который в сентябре 2000\u00a0г. они договорились сократить на 85%.',
    },
    sources: [
      {
        label: { en: 'Nghe An newspaper', vi: 'Báo Nghệ An', ru: 'Газета «Нгеан»' },
        url: 'https://baonghean.vn/en/tong-thong-nga-putin-da-tham-viet-nam-bao-nhieu-lan-10167916.html',
      },
      {
        label: { en: 'President of Russia (kremlin.ru)', vi: 'Tổng thống Nga (kremlin.ru)', ru: 'Президент России (kremlin.ru)' },
        url: 'https://en.special.kremlin.ru/events/president/transcripts/21198',
      },
      {
        label: { en: 'BBC News, 1 March 2001: the debt settled', vi: 'BBC News, 1/3/2001: khoản nợ được giải quyết', ru: 'Би-би-си, 1 марта 2001\u00a0г.: долг урегулирован' },
        url: 'https://news.bbc.co.uk/2/hi/asia-pacific/1195414.stm',
      },
    ],
  },
  // row 28
  {
    id: '2002-05-02-cam-ranh-handover',
    date: '2002-05-02',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Russia hands the Cam Ranh Bay base back to Vietnam',
      vi: 'Nga trao trả căn cứ Cam Ranh cho Việt Nam',
      ru: 'Россия вернула Вьетнаму базу в Камрани',
    },
    description: {
      en: 'Russia signed the agreement handing the base back to Vietnam, two years before the lease was due to end. Putin had announced the early withdrawal in October 2001.',
      vi: 'Nga ký văn bản bàn giao căn cứ cho Việt Nam, sớm hai năm so với thời hạn của hiệp định. Trước đó, tháng 10/2001, Tổng thống Putin đã tuyên bố Nga sẽ rút khỏi Cam Ranh trước thời hạn.',
      ru: 'Россия подписала документы о передаче базы Вьетнаму за два года до истечения срока соглашения. О досрочном выводе российских военных из Камрани Владимир Путин объявил в октябре 2001\u00a0г.',
    },
    sources: [
      {
        label: { en: 'BBC News, 2 May 2002', vi: 'BBC News, 2/5/2002', ru: 'Би-би-си, 2 мая 2002\u00a0г.' },
        url: 'https://news.bbc.co.uk/1/hi/world/europe/1964253.stm',
      },
    ],
  },
  // row 29: registered in 2008; year precision (facts.md)
  {
    id: '2008-rusvietpetro',
    date: '2008',
    category: 'energy',
    importance: 1,
    title: {
      en: 'Rusvietpetro joint venture set up to produce oil in Russia',
      vi: 'Thành lập Liên doanh Rusvietpetro khai thác dầu tại Nga',
      ru: 'Создано СП «Русвьетпетро» для добычи нефти в России',
    },
    description: {
      en: 'Zarubezhneft (51%) and PetroVietnam (49%) formed Rusvietpetro to develop oil fields in the Nenets Autonomous Okrug. It began producing oil in 2010.',
      vi: 'Tổng công ty Zarubezhneft của Nga (51%) và Tập đoàn Dầu khí Việt Nam (Petrovietnam, 49%) thành lập Rusvietpetro để phát triển các mỏ dầu ở Khu tự trị Nenets. Liên doanh bắt đầu khai thác dầu năm 2010.',
      ru: '«Зарубежнефть» (51%) и «Петровьетнам» (49%) создали «Русвьетпетро» для разработки месторождений в Ненецком автономном округе. Добыча началась в 2010\u00a0г.',
    },
    sources: [
      {
        label: {
          en: 'Vietnam Institute of Investment Policy (VIIPIP), from VNA',
          vi: 'Viện Chính sách Đầu tư (VIIPIP), theo TTXVN',
          ru: 'Институт инвестиционной политики Вьетнама (по данным ВИА)',
        },
        url: 'https://viipip.vn/en/news/daily-news/petrovietnam-starts-pumping-crude-oil-in-russia',
      },
      {
        label: { en: 'UPI, 2 August 2011', vi: 'Hãng thông tấn UPI, 2/8/2011', ru: 'Агентство UPI, 2 августа 2011\u00a0г.' },
        url: 'https://www.upi.com/Business_News/Energy-Resources/2011/08/02/PetroVietnam-pumps-oil-from-Russian-field/UPI-73301312307788/',
      },
      {
        label: { en: 'Saigon Giai Phong (SGGP)', vi: 'Báo Sài Gòn Giải Phóng', ru: 'Газета «Сайгон Зяйфонг»' },
        url: 'https://www.sggpnews.org.vn/national/petrovietnam-pumps-first-crude-in-russia-40333.html',
      },
    ],
  },
  // Added from dataset review 2, §7 (M7): December 2009 (VOV World); the day (15 December) rests on a blog only
  {
    id: '2009-12-kilo-submarines',
    date: '2009-12',
    endDate: '2017-01',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Vietnam orders six Kilo-class submarines from Russia',
      vi: 'Việt Nam ký hợp đồng mua sáu tàu ngầm lớp Kilo của Nga',
      ru: 'Вьетнам заказал в России шесть подводных лодок проекта 636',
    },
    description: {
      en: 'During Prime Minister Nguyen Tan Dung’s visit to Russia, Vietnam signed a contract, reported at about US$2 billion, for six Project 636 (Kilo-class) diesel-electric submarines, with crew training. The boats were built at the Admiralty Shipyards in St Petersburg; the last of the six reached Cam Ranh Bay in January 2017.',
      vi: 'Trong chuyến thăm Nga của Thủ tướng Nguyễn Tấn Dũng, Việt Nam ký hợp đồng mua sáu tàu ngầm diesel-điện dự án 636 (lớp Kilo), bao gồm cả đào tạo thủy thủ đoàn; theo báo chí, hợp đồng trị giá khoảng 2 tỷ USD. Các tàu được đóng tại Nhà máy đóng tàu Admiralty ở Saint Petersburg; chiếc cuối cùng về đến vịnh Cam Ranh tháng 1/2017.',
      ru: 'В ходе визита премьер-министра Нгуен Тан Зунга в Россию Вьетнам подписал контракт на шесть дизель-электрических подводных лодок проекта 636 «Варшавянка» с подготовкой экипажей; стоимость контракта, по данным СМИ, составила около 2\u00a0млрд долларов Лодки строились на «Адмиралтейских верфях» в Санкт-Петербурге; последняя из шести прибыла в бухту Камрань в январе 2017\u00a0г.',
    },
    sources: [
      {
        label: { en: 'Voice of Vietnam, VOV World (Russian service)', vi: 'Đài Tiếng nói Việt Nam, VOV World (tiếng Nga)', ru: 'Голос Вьетнама, VOV World (русская служба)' },
        url: 'https://m.vovworld.vn/ru-RU/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8/%D1%80%D0%BE%D1%81%D1%81%D0%B8%D1%8F-%D1%81%D0%BF%D1%83%D1%81%D1%82%D0%B8%D1%82-%D0%BD%D0%B0-%D0%B2%D0%BE%D0%B4%D1%83-3%D1%8E-%D0%BF%D0%BE%D0%B4%D0%BB%D0%BE%D0%B4%D0%BA%D1%83-%D0%B4%D0%BB%D1%8F-%D0%B2%D0%BC%D1%81-%D0%B2%D1%8C%D0%B5%D1%82%D0%BD%D0%B0%D0%BC%D0%B0-173564.vov',
      },
      {
        label: { en: 'VnExpress International, 30 November 2016', vi: 'VnExpress International, 30/11/2016', ru: 'VnExpress International, 30 ноября 2016\u00a0г.' },
        url: 'https://e.vnexpress.net/news/news/vietnam-s-6th-russian-built-submarine-to-arrive-in-january-3506668.html',
      },
    ],
  },
  // row 30: signed 31 Oct 2010 in Hanoi (SGGP; Russian MFA treaty register)
  {
    id: '2010-10-31-ninh-thuan-nuclear',
    date: '2010-10-31',
    category: 'energy',
    importance: 2,
    title: {
      en: 'Deal for Rosatom to build Vietnam’s first nuclear plant',
      vi: 'Ký hiệp định xây dựng nhà máy điện hạt nhân đầu tiên của Việt Nam',
      ru: 'Соглашение о строительстве «Росатомом» первой АЭС Вьетнама',
    },
    description: {
      en: 'During President Medvedev’s visit to Vietnam, the two governments signed an agreement in Hanoi for Russia to build two 1,200 MW units at Ninh Thuan (since 2025 part of Khanh Hoa province). Vietnam’s National Assembly voted to halt the project in 2016; talks on reviving it resumed in 2024–2025.',
      vi: 'Trong chuyến thăm Việt Nam của Tổng thống Medvedev, hai bên ký hiệp định tại Hà Nội, theo đó Nga sẽ xây dựng hai tổ máy, mỗi tổ 1.200 MW, tại Ninh Thuận (nay thuộc tỉnh Khánh Hòa). Năm 2016, Quốc hội Việt Nam thông qua nghị quyết dừng thực hiện chủ trương đầu tư dự án; đàm phán về việc tái khởi động được nối lại trong các năm 2024–2025.',
      ru: 'Во время визита президента России Дмитрия Медведева во Вьетнам стороны подписали в Ханое соглашение, по которому Россия должна была построить два энергоблока по 1200 МВт в провинции Ниньтхуан (ныне в составе провинции Кханьхоа). В 2016\u00a0г. Национальное собрание Вьетнама решило прекратить реализацию проекта; в 2024–2025\u00a0гг. стороны вернулись к переговорам о нём.',
    },
    sources: [
      {
        label: { en: 'Saigon Giai Phong (SGGP), 31 October 2010', vi: 'Báo Sài Gòn Giải Phóng, 31/10/2010', ru: 'Газета «Сайгон Зяйфонг», 31 октября 2010\u00a0г.' },
        url: 'https://en.sggp.org.vn/vietnam-russia-sign-deal-on-first-nuclear-plant-post34123.html',
      },
      {
        label: { en: 'Russian Ministry of Foreign Affairs (treaty register)', vi: 'Bộ Ngoại giao Nga (danh mục điều ước)', ru: 'МИД России (перечень международных договоров)' },
        url: 'https://www.mid.ru/ru/foreign_policy/international_contracts/international_contracts/2_contract/45074',
      },
      {
        label: { en: 'TASS', vi: 'Hãng thông tấn TASS', ru: 'ТАСС' },
        url: 'https://tass.com/economy/1898957',
      },
    ],
  },
  // Added from dataset review 2, §7 (M8): signed in Hanoi on 27 December 2010 (VNA)
  {
    id: '2010-12-27-vietsovpetro-agreement',
    date: '2010-12-27',
    category: 'energy',
    importance: 1,
    title: {
      en: 'New intergovernmental agreement extends Vietsovpetro’s work to 2030',
      vi: 'Hiệp định liên chính phủ mới kéo dài hoạt động của Vietsovpetro đến năm 2030',
      ru: 'Новое соглашение продлило работу СП «Вьетсовпетро» до 2030\u00a0г.',
    },
    description: {
      en: 'In Hanoi, the two governments signed an agreement on continued cooperation in exploration and oil and gas production on Vietnam’s continental shelf within the Vietsovpetro joint venture. It lets the venture work its main block until the end of 2030.',
      vi: 'Tại Hà Nội, hai chính phủ ký hiệp định về việc tiếp tục hợp tác thăm dò địa chất và khai thác dầu khí trên thềm lục địa Việt Nam trong khuôn khổ Liên doanh Vietsovpetro. Theo hiệp định, liên doanh được tiếp tục hoạt động tại lô chính đến hết năm 2030.',
      ru: 'В Ханое правительства двух стран подписали соглашение о дальнейшем сотрудничестве в области геологической разведки и добычи нефти и газа на континентальном шельфе Вьетнама в рамках СП «Вьетсовпетро». Документ позволяет предприятию работать на основном блоке до конца 2030\u00a0г.',
    },
    sources: [
      {
        label: {
          en: 'Vietnam News Agency (VietnamPlus, in French)',
          vi: 'Thông tấn xã Việt Nam (VietnamPlus tiếng Pháp)',
          ru: 'Вьетнамское информационное агентство (VietnamPlus, на французском)',
        },
        url: 'https://fr.vietnamplus.vn/vietsovpetro-extrait-sa-190-millionieme-tonne-de-brut/23633.vnp',
      },
      {
        label: { en: 'TASS, 12 October 2023', vi: 'Hãng thông tấn TASS, 12/10/2023', ru: 'ТАСС, 12 октября 2023\u00a0г.' },
        url: 'https://tass.ru/ekonomika/18997805',
      },
    ],
  },
  // row 31
  {
    id: '2012-07-27-comprehensive-strategic-partnership',
    date: '2012-07-27',
    category: 'diplomacy',
    importance: 3,
    title: {
      en: 'Ties raised to a comprehensive strategic partnership',
      vi: 'Việt Nam – Nga nâng quan hệ lên Đối tác chiến lược toàn diện',
      ru: 'Отношения подняты до уровня всеобъемлющего стратегического партнёрства',
    },
    description: {
      en: 'After talks in Sochi, Presidents Truong Tan Sang and Vladimir Putin adopted a joint statement raising bilateral ties to a comprehensive strategic partnership.',
      vi: 'Sau hội đàm tại Sochi giữa Chủ tịch nước Trương Tấn Sang và Tổng thống Vladimir Putin, hai bên ra Tuyên bố chung, nâng quan hệ song phương lên Đối tác chiến lược toàn diện.',
      ru: 'После переговоров в Сочи президенты Чыонг Тан Шанг и Владимир Путин приняли совместное заявление, подняв отношения до уровня всеобъемлющего стратегического партнёрства.',
    },
    sources: [
      {
        label: { en: 'Voice of Vietnam, VOV World', vi: 'Đài Tiếng nói Việt Nam, VOV World', ru: 'Голос Вьетнама, VOV World' },
        url: 'https://vovworld.vn/en-US/news/vietnam-and-russia-issue-joint-statement-following-presidents-talks-98356.vov',
      },
      {
        label: { en: 'Saigon Giai Phong (SGGP)', vi: 'Báo Sài Gòn Giải Phóng', ru: 'Газета «Сайгон Зяйфонг»' },
        url: 'https://en.sggp.org.vn/russian-pms-vietnam-visit-promotes-result-oriented-cooperation-post75882.html',
      },
    ],
  },
  // row 32
  {
    id: '2015-05-29-eaeu-fta-signed',
    date: '2015-05-29',
    category: 'economy',
    importance: 2,
    title: {
      en: 'Vietnam signs a free trade agreement with the Eurasian Economic Union',
      vi: 'Việt Nam ký Hiệp định Thương mại tự do với Liên minh Kinh tế Á-Âu',
      ru: 'Вьетнам подписал соглашение о свободной торговле с ЕАЭС',
    },
    description: {
      en: 'In Burabay, Kazakhstan, Vietnam became the first partner outside the union to sign a free trade agreement (FTA) with the Eurasian Economic Union (EAEU).',
      vi: 'Tại Burabay (Kazakhstan), Việt Nam trở thành đối tác đầu tiên ngoài khối ký Hiệp định Thương mại tự do (FTA) với Liên minh Kinh tế Á-Âu (EAEU).',
      ru: 'В Боровом (Бурабай, Казахстан) Вьетнам стал первым внешним партнёром, подписавшим соглашение о свободной торговле с Евразийским экономическим союзом (ЕАЭС).',
    },
    sources: [
      {
        label: { en: 'Viet Nam News, 29 May 2025', vi: 'Báo Việt Nam News, 29/5/2025', ru: 'Viet Nam News, 29 мая 2025\u00a0г.' },
        url: 'https://vietnamnews.vn/economy/1718661/decade-long-partnership-vietnam-eaeu-eye-deeper-cooperation.html',
      },
      {
        label: { en: 'TASS, 29 May 2015 (Burabay)', vi: 'Hãng thông tấn TASS, 29/5/2015 (Burabay)', ru: 'ТАСС, 29 мая 2015\u00a0г. (Боровое)' },
        url: 'https://tass.com/economy/797545',
      },
    ],
  },
  // row 33: ceremony around 16–18 May 2016; month precision; US$2.7 bn is a planned figure
  {
    id: '2016-05-th-group-dairy',
    date: '2016-05',
    category: 'economy',
    importance: 1,
    title: {
      en: 'TH Group launches a planned US$2.7 billion dairy project in Russia',
      vi: 'Tập đoàn TH khởi động dự án sữa tại Nga, vốn dự kiến 2,7 tỷ USD',
      ru: 'TH Group начала в России молочный проект: план инвестиций — 2,7 млрд долларов',
    },
    description: {
      en: 'During Prime Minister Nguyen Xuan Phuc’s visit to Russia, TH Group launched a ten-year programme of dairy farms and milk processing plants in the Moscow and Kaluga regions. The US$2.7 billion figure is the planned total investment.',
      vi: 'Trong chuyến thăm Nga của Thủ tướng Nguyễn Xuân Phúc, Tập đoàn TH khởi động chương trình mười năm xây dựng trang trại bò sữa và nhà máy chế biến sữa ở tỉnh Moskva và tỉnh Kaluga. Tổng vốn đầu tư dự kiến của chương trình là 2,7 tỷ USD.',
      ru: 'Во время визита премьер-министра Нгуен Суан Фука в Россию TH Group начала десятилетнюю программу строительства молочных ферм и молокоперерабатывающих заводов в Подмосковье и Калужской области. Плановый объём инвестиций составляет 2,7 млрд долларов.',
    },
    sources: [
      {
        label: { en: 'VnExpress International', vi: 'VnExpress International', ru: 'VnExpress International' },
        url: 'https://e.vnexpress.net/news/business/vietnam-s-giant-milk-company-kicks-off-billion-dollar-plant-in-russia-3405401.html',
      },
      {
        label: { en: 'Vietnam Investment Review', vi: 'Báo Đầu tư (Vietnam Investment Review)', ru: 'Vietnam Investment Review' },
        url: 'https://vir.com.vn/th-group-inks-a-co-operation-deal-with-russias-kaluga-oblast.html',
      },
    ],
  },
  // row 34
  {
    id: '2016-10-05-eaeu-fta-in-force',
    date: '2016-10-05',
    category: 'economy',
    importance: 2,
    title: {
      en: 'Vietnam–EAEU free trade agreement enters into force',
      vi: 'Hiệp định Thương mại tự do Việt Nam – Liên minh Kinh tế Á-Âu có hiệu lực',
      ru: 'Вступило в силу соглашение о свободной торговле между ЕАЭС и Вьетнамом',
    },
    description: {
      en: 'Once all parties had ratified it, the agreement took effect and began a phased removal of tariffs on most goods traded between Vietnam and the union’s members.',
      vi: 'Sau khi các bên phê chuẩn, hiệp định có hiệu lực; các bên bắt đầu cắt giảm, xóa bỏ thuế quan theo lộ trình đối với phần lớn hàng hóa trao đổi giữa Việt Nam và các nước thành viên Liên minh.',
      ru: 'После ратификации всеми сторонами соглашение вступило в силу; оно предусматривает поэтапную отмену пошлин на большинство товаров в торговле Вьетнама со странами ЕАЭС.',
    },
    sources: [
      {
        label: { en: 'VietNamNet', vi: 'Báo VietNamNet', ru: 'VietNamNet' },
        url: 'https://vietnamnet.vn/en/about-5000-tariff-lines-go-down-to-zero-under-vietnam-eaeu-fta-E165599.html',
      },
      {
        label: { en: 'Binh Thuan newspaper', vi: 'Báo Bình Thuận', ru: 'Газета «Биньтхуан»' },
        url: 'https://en.baobinhthuan.com.vn/president-tran-dai-quang-arrives-in-moscow-starting-official-visit-to-russia-88563.html',
      },
    ],
  },
  // row 35
  {
    id: '2019-05-22-cross-years',
    date: '2019-05-22',
    endDate: '2020',
    category: 'culture',
    importance: 1,
    title: {
      en: 'Vietnam Year in Russia and Russia Year in Vietnam',
      vi: 'Năm Việt Nam tại Nga và Năm Nga tại Việt Nam',
      ru: 'Год Вьетнама в России и Год России во Вьетнаме',
    },
    description: {
      en: 'Prime Ministers Nguyen Xuan Phuc and Dmitry Medvedev opened the cross years in Moscow to mark 25 years since the 1994 treaty, with cultural, trade and tourism events in both countries.',
      vi: 'Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Nga Dmitry Medvedev khai mạc Năm chéo tại Moskva nhân kỷ niệm 25 năm ký Hiệp ước về những nguyên tắc cơ bản của quan hệ hữu nghị (1994). Chương trình gồm các hoạt động văn hóa, thương mại và du lịch tại cả hai nước.',
      ru: 'Премьер-министры Нгуен Суан Фук и Дмитрий Медведев открыли в Москве перекрёстные годы к 25-летию договора 1994\u00a0г.; в обеих странах прошли культурные, торговые и туристические мероприятия.',
    },
    sources: [
      {
        label: { en: 'TASS', vi: 'Hãng thông tấn TASS', ru: 'ТАСС' },
        url: 'https://tass.com/society/1059630',
      },
      {
        label: { en: 'VietnamPlus (Vietnam News Agency)', vi: 'VietnamPlus (Thông tấn xã Việt Nam)', ru: 'VietnamPlus (Вьетнамское информационное агентство)' },
        url: 'https://en.vietnamplus.vn/vietnam-russia-friendship-year-launched/153055.vnp',
      },
    ],
  },
  // row 36
  {
    id: '2021-11-30-vision-2030',
    date: '2021-11-30',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Joint statement on the partnership’s vision to 2030',
      vi: 'Tuyên bố chung về Tầm nhìn quan hệ Đối tác chiến lược toàn diện đến năm 2030',
      ru: 'Совместное заявление о видении партнёрства до 2030\u00a0г.',
    },
    description: {
      en: 'In Moscow, Presidents Nguyen Xuan Phuc and Vladimir Putin adopted a joint statement on the vision for the comprehensive strategic partnership up to 2030.',
      vi: 'Tại Moskva, Chủ tịch nước Nguyễn Xuân Phúc và Tổng thống Vladimir Putin thông qua Tuyên bố chung về Tầm nhìn quan hệ Đối tác chiến lược toàn diện Việt Nam – Nga đến năm 2030.',
      ru: 'В Москве президенты Нгуен Суан Фук и Владимир Путин приняли совместное заявление о видении всеобъемлющего стратегического партнёрства до 2030\u00a0г.',
    },
    sources: [
      {
        label: { en: 'President of Russia (kremlin.ru)', vi: 'Tổng thống Nga (kremlin.ru)', ru: 'Президент России (kremlin.ru)' },
        url: 'https://en.special.kremlin.ru/catalog/countries/VN/events/67244',
      },
      {
        label: { en: 'Nghe An newspaper', vi: 'Báo Nghệ An', ru: 'Газета «Нгеан»' },
        url: 'https://baonghean.vn/en/tuyen-bo-chung-ve-tam-nhin-quan-he-doi-tac-chien-luoc-toan-dien-viet-nam-nga-den-nam-2030-10233848.html',
      },
    ],
  },
  // Added from dataset review 2, §7 (M9): the UN record of the vote; Vietnam's position from its foreign ministry's briefing of 3 March 2022
  {
    id: '2022-03-02-un-ga-resolution-es-11-1',
    date: '2022-03-02',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Vietnam abstains on UN General Assembly resolution ES-11/1 on Ukraine',
      vi: 'Việt Nam bỏ phiếu trắng Nghị quyết ES-11/1 của Đại hội đồng LHQ về Ukraine',
      ru: 'Вьетнам воздержался при голосовании по резолюции ГА ООН ES-11/1 об Украине',
    },
    description: {
      en: 'The UN General Assembly adopted resolution ES-11/1, “Aggression against Ukraine”, by 141 votes to 5, with 35 abstentions; Russia voted against and Vietnam abstained. The resolution demanded that Russia immediately stop its use of force against Ukraine and withdraw its forces. On 3 March Vietnam’s foreign ministry spokesperson called for restraint, an end to the use of force and dialogue in line with the UN Charter and international law.',
      vi: 'Đại hội đồng Liên hợp quốc thông qua Nghị quyết ES-11/1 “Hành động xâm lược chống lại Ukraine” với 141 phiếu thuận, 5 phiếu chống (trong đó có Nga) và 35 phiếu trắng; Việt Nam bỏ phiếu trắng. Nghị quyết yêu cầu Nga chấm dứt ngay việc sử dụng vũ lực chống Ukraine và rút quân. Ngày 3/3, người phát ngôn Bộ Ngoại giao Việt Nam kêu gọi kiềm chế, chấm dứt sử dụng vũ lực và đối thoại phù hợp với Hiến chương Liên hợp quốc và luật pháp quốc tế.',
      ru: 'Генеральная Ассамблея ООН приняла резолюцию ES-11/1 «Агрессия против Украины»: за проголосовало 141 государство, против — 5, в том числе Россия, воздержались 35, включая Вьетнам. Резолюция требует от России немедленно прекратить применение силы против Украины и вывести свои войска. 3 марта официальный представитель МИД Вьетнама призвала к сдержанности, прекращению применения силы и диалогу в соответствии с Уставом ООН и нормами международного права.',
    },
    sources: [
      {
        label: { en: 'United Nations, Meetings Coverage (GA/12407)', vi: 'Liên hợp quốc, thông cáo về phiên họp (GA/12407)', ru: 'ООН, пресс-релиз о заседании (GA/12407)' },
        url: 'https://press.un.org/en/2022/ga12407.doc.htm',
      },
      {
        label: {
          en: 'VietnamPlus: the foreign ministry spokesperson, 3 March 2022',
          vi: 'VietnamPlus: người phát ngôn Bộ Ngoại giao, 3/3/2022',
          ru: 'VietnamPlus: официальный представитель МИД СРВ, 3 марта 2022\u00a0г.',
        },
        url: 'https://en.vietnamplus.vn/vietnam-welcomes-ukrainerussia-dialogue-spokeswoman/222946.vnp',
      },
    ],
  },
  // row 37: at a street junction in Vyborgsky district, not "the central square" (facts.md)
  {
    id: '2023-06-30-st-petersburg-statue',
    date: '2023-06-30',
    category: 'culture',
    importance: 2,
    title: {
      en: 'Ho Chi Minh statue unveiled in St Petersburg',
      vi: 'Khánh thành tượng đài Chủ tịch Hồ Chí Minh tại Saint Petersburg',
      ru: 'В Санкт-Петербурге открыт памятник Хо Ши Мину',
    },
    description: {
      en: 'A bronze statue of a seated Ho Chi Minh was unveiled in the Vyborgsky district, exactly 100 years after his arrival in Petrograd.',
      vi: 'Tượng đồng Chủ tịch Hồ Chí Minh trong tư thế ngồi được khánh thành tại quận Vyborgsky, đúng 100 năm sau ngày Nguyễn Ái Quốc đặt chân đến Petrograd.',
      ru: 'Бронзовый памятник сидящему Хо Ши Мину открыт в Выборгском районе ровно через 100 лет после его прибытия в Петроград.',
    },
    sources: [
      {
        label: { en: 'VietnamPlus (Vietnam News Agency)', vi: 'VietnamPlus (Thông tấn xã Việt Nam)', ru: 'VietnamPlus (Вьетнамское информационное агентство)' },
        url: 'https://en.vietnamplus.vn/statue-of-president-ho-chi-minh-inaugurated-in-st-petersburg/255566.vnp',
      },
      {
        label: { en: 'Nghe An newspaper', vi: 'Báo Nghệ An', ru: 'Газета «Нгеан»' },
        url: 'https://baonghean.vn/statue-of-president-ho-chi-minh-inaugurated-in-st-petersburg-russia-federation-post272553.html',
      },
    ],
  },
  // row 38: signing date not found; year precision only (facts.md, confidence L). Seed 000 (VUFO,
  // 9 June 2024) calls the agreement "recently signed".
  {
    id: '2024-herzen-university-agreement',
    date: '2024',
    endDate: '2029',
    category: 'education',
    importance: 1,
    title: {
      en: 'Friendship Association and Herzen University sign a 2024–2029 agreement',
      vi: 'Hội Hữu nghị Việt – Nga và Đại học Herzen ký thỏa thuận hợp tác 2024–2029',
      ru: 'Общество вьетнамо-российской дружбы и РГПУ им. Герцена подписали соглашение',
    },
    description: {
      en: 'The Vietnam–Russia Friendship Association and Herzen State Pedagogical University in St Petersburg signed a cooperation agreement for 2024–2029 to promote Russian language and culture in Vietnam and Vietnamese language and culture in Russia.',
      vi: 'Hội Hữu nghị Việt – Nga và Đại học Sư phạm Quốc gia Nga mang tên A.I. Herzen ở Saint Petersburg ký thỏa thuận hợp tác giai đoạn 2024–2029 nhằm quảng bá tiếng Nga, văn hóa Nga tại Việt Nam và tiếng Việt, văn hóa Việt Nam tại Nga.',
      ru: 'Общество вьетнамо-российской дружбы и РГПУ им. А. И. Герцена в Санкт-Петербурге подписали соглашение о сотрудничестве на 2024–2029\u00a0гг., чтобы продвигать русский язык и культуру во Вьетнаме, а вьетнамский язык и культуру — в России.',
    },
    sources: [
      {
        label: {
          en: 'Vietnam Union of Friendship Organizations (VUFO), 9 June 2024',
          vi: 'Liên hiệp các tổ chức hữu nghị Việt Nam, 9/6/2024',
          ru: 'Союз обществ дружбы Вьетнама, 9 июня 2024\u00a0г.',
        },
        url: 'https://vufo.org.vn/People-to-people-Diplomacy---Golden-key-to-Enhance-Viet-Nam-Russia-Friendship-23-54941.html?lang=en',
      },
    ],
  },
  // row 39: officially 19–20 June; the talks were on 20 June (facts.md misreport 12). 11 documents.
  {
    id: '2024-06-19-putin-state-visit',
    date: '2024-06-19',
    endDate: '2024-06-20',
    category: 'diplomacy',
    importance: 3,
    title: {
      en: 'Putin pays a state visit to Vietnam',
      vi: 'Tổng thống Putin thăm cấp Nhà nước Việt Nam',
      ru: 'Государственный визит Владимира Путина во Вьетнам',
    },
    description: {
      en: 'Putin held talks with Party General Secretary Nguyen Phu Trong, President To Lam and other leaders. They adopted a joint statement on deepening the comprehensive strategic partnership and signed 11 documents, including on education and energy.',
      vi: 'Tổng thống Putin hội đàm với Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Tô Lâm và các lãnh đạo khác. Hai bên ra Tuyên bố chung về việc làm sâu sắc hơn quan hệ Đối tác chiến lược toàn diện và ký 11 văn kiện hợp tác, trong đó có các văn kiện về giáo dục và năng lượng.',
      ru: 'Путин провёл переговоры с генеральным секретарём ЦК КПВ Нгуен Фу Чонгом, президентом То Ламом и другими руководителями. Стороны приняли совместное заявление об углублении всеобъемлющего стратегического партнёрства и подписали 11 документов, в том числе в сферах образования и энергетики.',
    },
    sources: [
      {
        label: { en: 'Vietnam Union of Friendship Organizations (VUFO)', vi: 'Liên hiệp các tổ chức hữu nghị Việt Nam', ru: 'Союз обществ дружбы Вьетнама' },
        url: 'https://vufo.org.vn/Russian-President-pays-state-visit-to-Viet-Nam-14-56975.html?lang=en',
      },
      {
        label: { en: 'TASS', vi: 'Hãng thông tấn TASS', ru: 'ТАСС' },
        url: 'https://tass.com/politics/1805861',
      },
    ],
  },
  // row 40
  {
    id: '2025-01-14-mishustin-nuclear-memorandum',
    date: '2025-01-14',
    endDate: '2025-01-15',
    category: 'energy',
    importance: 2,
    title: {
      en: 'PM Mishustin visits Vietnam; nuclear energy memorandum signed',
      vi: 'Thủ tướng Mishustin thăm Việt Nam; hai bên ký ghi nhớ về năng lượng hạt nhân',
      ru: 'Визит Михаила Мишустина во Вьетнам: меморандум об атомной энергетике',
    },
    description: {
      en: 'On his first official visit to Vietnam, Russian Prime Minister Mikhail Mishustin held talks in Hanoi. The two sides signed seven documents, including a memorandum between Rosatom and Vietnam Electricity (EVN) on cooperation in nuclear energy.',
      vi: 'Trong chuyến thăm chính thức đầu tiên tới Việt Nam, Thủ tướng Nga Mikhail Mishustin hội đàm tại Hà Nội. Hai bên ký 7 văn kiện, trong đó có bản ghi nhớ hợp tác về năng lượng hạt nhân giữa Rosatom và Tập đoàn Điện lực Việt Nam (EVN).',
      ru: 'В ходе первого официального визита во Вьетнам председатель правительства России Михаил Мишустин провёл переговоры в Ханое. Подписано семь документов, в том числе меморандум о сотрудничестве в области атомной энергетики между «Росатомом» и вьетнамской энергокомпанией EVN.',
    },
    sources: [
      {
        label: { en: 'Nhan Dan: joint communiqué of the visit', vi: 'Báo Nhân Dân: Thông cáo chung về chuyến thăm', ru: '«Нянзан»: совместное коммюнике о визите' },
        url: 'https://en.nhandan.vn/joint-communique-on-russian-pms-official-visit-to-vietnam-post143348.html',
      },
      {
        label: { en: 'VietnamPlus: the Rosatom–EVN memorandum', vi: 'VietnamPlus: bản ghi nhớ giữa Rosatom và EVN', ru: 'VietnamPlus: меморандум «Росатома» и EVN' },
        url: 'https://www.vietnamplus.vn/ky-bien-ban-ghi-nho-ve-xay-dung-nha-may-dien-hat-nhan-ninh-thuan-1-post1064309.vnp',
      },
      {
        label: { en: 'Anadolu Agency', vi: 'Hãng thông tấn Anadolu', ru: 'Агентство «Анадолу»' },
        url: 'https://aa.com.tr/en/asia-pacific/vietnam-russia-sign-nuclear-energy-development-pact/3450302',
      },
    ],
  },
  // row 41: the letters are dated 29 January; the anniversary is 30 January
  {
    id: '2025-01-30-75th-anniversary',
    date: '2025-01-30',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: '75th anniversary of diplomatic relations',
      vi: 'Kỷ niệm 75 năm thiết lập quan hệ ngoại giao',
      ru: '75-летие установления дипломатических отношений',
    },
    description: {
      en: 'Leaders of both countries exchanged congratulatory messages on 29 January, and anniversary events were held in Moscow, St Petersburg and Hanoi through 2025.',
      vi: 'Ngày 29/1, lãnh đạo hai nước trao đổi điện mừng; các hoạt động kỷ niệm diễn ra tại Moskva, Saint Petersburg và Hà Nội trong suốt năm 2025.',
      ru: '29 января руководители двух стран обменялись поздравительными посланиями, а юбилейные мероприятия проходили в Москве, Санкт-Петербурге и Ханое в течение всего 2025\u00a0г.',
    },
    sources: [
      {
        label: { en: 'Viet Nam News: leaders exchange congratulations', vi: 'Báo Việt Nam News: lãnh đạo hai nước trao đổi điện mừng', ru: 'Viet Nam News: обмен поздравлениями' },
        url: 'https://vietnamnews.vn/politics-laws/1691438/vietnamese-russian-leaders-exchange-congratulations-on-diplomatic-ties-anniversary.html',
      },
      {
        label: { en: 'Viet Nam News: anniversary celebrated in Moscow', vi: 'Báo Việt Nam News: kỷ niệm tại Moskva', ru: 'Viet Nam News: торжества в Москве' },
        url: 'https://vietnamnews.vn/world/1691262/75th-anniversary-of-viet-nam-russia-diplomatic-ties-celebrated-in-moscow.html',
      },
    ],
  },
  // row 42
  {
    id: '2025-05-08-to-lam-visit',
    date: '2025-05-08',
    endDate: '2025-05-11',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'To Lam visits Russia; joint statement on a new stage of ties',
      vi: 'Tổng Bí thư Tô Lâm thăm chính thức Nga, ra Tuyên bố chung về giai đoạn mới',
      ru: 'Визит То Лама в Россию: совместное заявление о новом этапе отношений',
    },
    description: {
      en: 'Party General Secretary To Lam attended celebrations in Moscow of the 80th anniversary of victory in the Second World War, where Vietnam People’s Army troops marched on Red Square for the first time. On 10 May To Lam and Vladimir Putin adopted a joint statement on the main directions of the comprehensive strategic partnership in a new period.',
      vi: 'Tổng Bí thư Tô Lâm dự lễ kỷ niệm 80 năm Chiến thắng trong Chiến tranh thế giới thứ hai tại Moskva, nơi khối quân nhân Quân đội nhân dân Việt Nam lần đầu tham gia diễu binh trên Quảng trường Đỏ. Ngày 10/5, Tổng Bí thư Tô Lâm và Tổng thống Putin ra Tuyên bố chung về các định hướng lớn của quan hệ Đối tác chiến lược toàn diện trong giai đoạn mới.',
      ru: 'Генеральный секретарь ЦК КПВ То Лам принял участие в Москве в торжествах по случаю 80-летия Победы; военнослужащие Вьетнамской народной армии впервые прошли по Красной площади. 10 мая То Лам и Владимир Путин приняли совместное заявление об основных направлениях развития всеобъемлющего стратегического партнёрства на новом этапе.',
    },
    sources: [
      {
        label: {
          en: 'Viet Nam News: To Lam wraps up his visit to Russia',
          vi: 'Báo Việt Nam News: Tổng Bí thư Tô Lâm kết thúc chuyến thăm Nga',
          ru: 'Viet Nam News: итоги визита То Лама в Россию',
        },
        url: 'https://vietnamnews.vn/politics-laws/1717461/party-general-secretary-to-lam-wraps-up-official-visit-to-russia.html',
      },
      {
        label: {
          en: 'Viet Nam News: To Lam and Putin hold talks in the Kremlin',
          vi: 'Báo Việt Nam News: hội đàm Tô Lâm – Putin tại Điện Kremli',
          ru: 'Viet Nam News: переговоры То Лама и Путина в Кремле',
        },
        url: 'https://vietnamnews.vn/politics-laws/1717431/party-chief-had-talks-with-russian-leader-putin-agreeing-on-major-orientations-for-bilateral-relations.html',
      },
    ],
  },
  // row 43: held 30 Sept–1 Oct 2025, not on the 30 January anniversary (facts.md misreport 13).
  // The plan to hold it every year is VUFO's, stated in June 2024 (seed 000).
  {
    id: '2025-09-30-peoples-forum',
    date: '2025-09-30',
    endDate: '2025-10-01',
    category: 'people',
    importance: 2,
    title: {
      en: 'First Vietnam–Russia People’s Forum held in Hanoi',
      vi: 'Diễn đàn Nhân dân Việt Nam – Nga lần thứ nhất diễn ra tại Hà Nội',
      ru: 'В Ханое прошёл первый Вьетнамско-российский народный форум',
    },
    description: {
      en: 'The Vietnam Union of Friendship Organizations (VUFO) organised the forum with St Petersburg’s Committee for External Relations and the two countries’ friendship associations, alongside a ceremony for the 75th anniversary of diplomatic relations. Proposals included direct flights between St Petersburg and Vietnam, more student exchanges and a “Vietnam House” in St Petersburg. In 2024 VUFO had announced that the forum would then be held every year, in Vietnam or Russia.',
      vi: 'Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) phối hợp với Ủy ban Đối ngoại thành phố Saint Petersburg, Hội Hữu nghị Việt – Nga và Hội Hữu nghị Nga – Việt tổ chức diễn đàn, cùng với lễ kỷ niệm 75 năm thiết lập quan hệ ngoại giao Việt Nam – Nga. Các đề xuất gồm mở đường bay thẳng giữa Saint Petersburg và Việt Nam, tăng trao đổi sinh viên và lập “Nhà Việt Nam” tại Saint Petersburg. Theo kế hoạch do VUFO công bố năm 2024, diễn đàn sẽ được tổ chức hằng năm tại Việt Nam hoặc Nga.',
      ru: 'Форум организовали Союз обществ дружбы Вьетнама, Комитет по внешним связям Санкт-Петербурга, Общество вьетнамо-российской дружбы и Общество российско-вьетнамской дружбы; одновременно прошла церемония по случаю 75-летия установления дипломатических отношений. Среди предложений — прямые авиарейсы между Санкт-Петербургом и Вьетнамом, расширение студенческих обменов и «Дом Вьетнама» в Санкт-Петербурге. По плану, объявленному Союзом обществ дружбы Вьетнама в 2024\u00a0г., форум будет проводиться ежегодно — во Вьетнаме или в России.',
    },
    sources: [
      {
        label: { en: 'VietnamPlus (Vietnam News Agency)', vi: 'VietnamPlus (Thông tấn xã Việt Nam)', ru: 'VietnamPlus (Вьетнамское информационное агентство)' },
        url: 'https://en.vietnamplus.vn/first-vietnam-russia-peoples-forum-opens-in-hanoi-post328526.vnp',
      },
      {
        label: {
          en: 'Nhan Dan: the forum’s closing session (1 October 2025)',
          vi: 'Báo Nhân Dân: phiên bế mạc diễn đàn (1/10/2025)',
          ru: '«Нянзан»: закрытие форума, 1 октября 2025\u00a0г.',
        },
        url: 'https://nhandan.vn/ocop/dien-dan-nhan-dan-viet-nga-lan-thu-nhat-thanh-cong-tot-dep-post912178.html',
      },
      {
        label: {
          en: 'Vietnam Union of Friendship Organizations (VUFO), 9 June 2024: the annual plan',
          vi: 'Liên hiệp các tổ chức hữu nghị Việt Nam, 9/6/2024: kế hoạch tổ chức hằng năm',
          ru: 'Союз обществ дружбы Вьетнама, 9 июня 2024\u00a0г.',
        },
        url: 'https://vufo.org.vn/People-to-people-Diplomacy---Golden-key-to-Enhance-Viet-Nam-Russia-Friendship-23-54941.html?lang=en',
      },
    ],
  },
];
