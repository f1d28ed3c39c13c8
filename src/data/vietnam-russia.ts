import type { Milestone } from '../model/milestone.js';

/**
 * The built-in, sourced dataset of Vietnam–Russia (Vietnam–USSR) relations, in English, Vietnamese
 * and Russian. Dates, precision and sources follow shared/facts.md (row numbers in comments); where it
 * marks a day as unverified, only the month or year is given. Text is our own wording. Data only, no logic.
 */
export const vietnamRussiaMilestones: Milestone[] = [
  // facts.md row 1
  {
    id: '1923-06-30-petrograd-arrival',
    date: '1923-06-30',
    category: 'people',
    importance: 3,
    title: {
      en: 'Nguyen Ai Quoc (Ho Chi Minh) arrives in Petrograd',
      vi: 'Nguyễn Ái Quốc (Hồ Chí Minh) đến Petrograd',
      ru: 'Нгуен Ай Куок (Хо Ши Мин) прибывает в Петроград',
    },
    description: {
      en: 'Travelling as Nguyen Ai Quoc, the future Vietnamese leader reached Petrograd (now St Petersburg) by sea on his first journey to Soviet Russia. He then went on to Moscow to work with the Comintern.',
      vi: 'Mang tên Nguyễn Ái Quốc, nhà lãnh đạo tương lai của Việt Nam đến Petrograd (nay là Saint Petersburg) bằng đường biển trong chuyến đi đầu tiên tới nước Nga Xô viết. Sau đó Người lên Moskva làm việc cho Quốc tế Cộng sản.',
      ru: 'Будущий вьетнамский лидер, путешествовавший под именем Нгуен Ай Куок, прибыл морем в Петроград (ныне Санкт-Петербург) в свою первую поездку в Советскую Россию. Затем он отправился в Москву для работы в Коминтерне.',
    },
    sources: [
      { label: 'Khu di tích Chủ tịch Hồ Chí Minh tại Phủ Chủ tịch', url: 'https://ditichhochiminhphuchutich.gov.vn/chu-tich-ho-chi-minh-va-nhung-chuyen-tham-lien-xo-3281' },
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
      en: "Answering Ho Chi Minh's appeal of January 1950, Moscow recognised the DRV and agreed to exchange envoys. It was among the very first states to do so, shortly after the People's Republic of China.",
      vi: 'Đáp lại lời kêu gọi của Chủ tịch Hồ Chí Minh tháng 1/1950, Moskva công nhận Việt Nam Dân chủ Cộng hòa và đồng ý trao đổi đại diện ngoại giao. Liên Xô là một trong những nước đầu tiên làm việc này, ngay sau Cộng hòa Nhân dân Trung Hoa.',
      ru: 'В ответ на обращение Хо Ши Мина в январе 1950 года Москва признала ДРВ и согласилась обменяться дипломатическими представителями. СССР стал одним из первых государств, сделавших это, вскоре после КНР.',
    },
    sources: [
      { label: 'Tạp chí Cộng sản', url: 'https://tapchicongsan.org.vn/en/-oi-ngoai2/-/2018/504356/tu-hiep-uoc-huu-nghi-va-hop-tac-viet-nam---lien-xo-den-hiep-uoc-ve-nhung-nguyen-tac-co-ban-cua-quan-he-huu-nghi-viet-nam---nga--dieu-con-mai-va-dieu-thay-doi-cung-lam-nen-gia-tri.aspx' },
      { label: 'Wikipedia: Russia–Vietnam relations', url: 'https://en.wikipedia.org/wiki/Russia%E2%80%93Vietnam_relations' },
    ],
  },
  // row 3
  {
    id: '1950-02-ho-chi-minh-stalin-talks',
    date: '1950-02',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: "Ho Chi Minh's secret trip to Moscow and talks with Stalin",
      vi: 'Chủ tịch Hồ Chí Minh bí mật sang Moskva hội đàm với Stalin',
      ru: 'Тайная поездка Хо Ши Мина в Москву и переговоры со Сталиным',
    },
    description: {
      en: 'Travelling via Beijing, Ho reached Moscow in February 1950 and met Stalin while Mao Zedong was also in the city. Stalin largely left direct aid to the Viet Minh to China.',
      vi: 'Đi qua Bắc Kinh, Chủ tịch Hồ Chí Minh đến Moskva vào tháng 2/1950 và gặp Stalin khi Mao Trạch Đông cũng đang ở đó. Stalin phần lớn để Trung Quốc trực tiếp viện trợ cho Việt Minh.',
      ru: 'Через Пекин Хо Ши Мин в феврале 1950 года прибыл в Москву и встретился со Сталиным, когда там же находился Мао Цзэдун. Прямую помощь Вьетминю Сталин в основном оставил Китаю.',
    },
    sources: [
      { label: 'Tokyo University of Foreign Studies', url: 'https://tufs.repo.nii.ac.jp/record/1958/files/jaas065002.html' },
      { label: 'Vietnam News Agency', url: 'https://vietnam.vnanet.vn/english/tin-van/roundtable-looks-back-on-history-of-vietnam-russia-friendship-325549.html' },
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
      en: 'A mass friendship organisation was founded in the DRV. After 1991 it became the Vietnam–Russia Friendship Association, which still marks 23 May as its founding day.',
      vi: 'Một tổ chức hữu nghị quần chúng được thành lập tại Việt Nam Dân chủ Cộng hòa. Sau năm 1991, hội trở thành Hội Hữu nghị Việt – Nga, nay vẫn lấy ngày 23/5 làm ngày thành lập.',
      ru: 'В ДРВ была создана массовая организация дружбы. После 1991 года она стала Обществом вьетнамо-российской дружбы, которое по-прежнему отмечает 23 мая как день своего основания.',
    },
    sources: [
      { label: 'VietnamPlus', url: 'https://en.vietnamplus.vn/tags/Vietnam-Russia-Friendship-Association.vnp' },
      { label: 'Lao Động', url: 'https://news.laodong.vn/cong-doan/cau-noi-huu-nghi-vung-chac-tin-cay-cua-nhan-dan-viet-nam-va-lien-bang-nga-1511534.ldo' },
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
      ru: 'Первые вьетнамские студенты едут учиться в СССР',
    },
    description: {
      en: 'A group of 21 young Vietnamese went to Moscow to study engineering, medicine, finance and other subjects while the war against France went on. A second group of 49 followed in 1953.',
      vi: 'Một nhóm 21 thanh niên Việt Nam sang Moskva học kỹ thuật, y khoa, tài chính và các ngành khác khi cuộc kháng chiến chống Pháp vẫn đang diễn ra. Năm 1953, nhóm thứ hai gồm 49 người tiếp bước.',
      ru: 'Группа из 21 молодого вьетнамца отправилась в Москву изучать инженерное дело, медицину, финансы и другие специальности, пока шла война с Францией. В 1953 году за ними последовала вторая группа из 49 человек.',
    },
    sources: [
      { label: 'Sputnik Việt Nam', url: 'https://kevesko.vn/20150807/565899.html' },
      { label: 'Юго-Восточная Азия (ИВ РАН)', url: 'https://sea.ivran.ru/articles?artid=216481' },
    ],
  },
  // row 6
  {
    id: '1952-04-first-ambassador',
    date: '1952-04',
    category: 'diplomacy',
    importance: 1,
    title: {
      en: 'First DRV ambassador presents credentials in Moscow',
      vi: 'Đại sứ đầu tiên của Việt Nam Dân chủ Cộng hòa trình quốc thư tại Moskva',
      ru: 'Первый посол ДРВ вручает верительные грамоты в Москве',
    },
    description: {
      en: "Nguyen Luong Bang, later Vice President, became the DRV's first ambassador to the USSR. The first Soviet ambassador took up his post in Hanoi only after the 1954 Geneva settlement.",
      vi: 'Ông Nguyễn Lương Bằng, sau này là Phó Chủ tịch nước, trở thành đại sứ đầu tiên của Việt Nam Dân chủ Cộng hòa tại Liên Xô. Đại sứ Liên Xô đầu tiên chỉ nhận nhiệm vụ tại Hà Nội sau Hiệp định Genève năm 1954.',
      ru: 'Нгуен Лыонг Банг, впоследствии вице-президент, стал первым послом ДРВ в СССР. Первый советский посол приступил к работе в Ханое лишь после Женевских соглашений 1954 года.',
    },
    sources: [
      { label: 'Sputnik Việt Nam', url: 'https://kevesko.vn/amp/20231127/tai-sao-dai-su-lien-xo-den-ha-noi-muon-hon-dai-su-viet-nam-dcch-tai-matxcova-26685291.html' },
      { label: 'Nhân Dân', url: 'https://en.nhandan.vn/120th-birth-anniversary-of-prominent-leader-celebrated-in-russia-post134416.html' },
    ],
  },
  // row 7
  {
    id: '1954-10-03-schoolchildren-moscow',
    date: '1954-10-03',
    category: 'education',
    importance: 1,
    title: {
      en: '100 Vietnamese schoolchildren arrive to study in Moscow',
      vi: '100 học sinh Việt Nam sang học tại Moskva',
      ru: '100 вьетнамских школьников приезжают учиться в Москву',
    },
    description: {
      en: "At the DRV government's request, 100 Vietnamese boys and girls came to a boarding school in Moscow, where they studied until about 1960.",
      vi: 'Theo đề nghị của Chính phủ Việt Nam Dân chủ Cộng hòa, 100 học sinh nam nữ Việt Nam được đưa sang một trường nội trú ở Moskva và học tại đây đến khoảng năm 1960.',
      ru: 'По просьбе правительства ДРВ 100 вьетнамских мальчиков и девочек приехали в московскую школу-интернат, где учились примерно до 1960 года.',
    },
    sources: [{ label: 'Юго-Восточная Азия (ИВ РАН)', url: 'https://sea.ivran.ru/articles?artid=216481' }],
  },
  // row 8
  {
    id: '1955-07-09-ho-chi-minh-official-visit',
    date: '1955-07-09',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: "Ho Chi Minh's first official visit to the USSR as president",
      vi: 'Chủ tịch Hồ Chí Minh thăm chính thức Liên Xô lần đầu',
      ru: 'Первый официальный визит Хо Ши Мина в СССР в качестве президента',
    },
    description: {
      en: 'A DRV government delegation led by Ho landed in Irkutsk on 9 July and toured several Soviet cities. A joint communiqué of 18 July recorded full agreement, and Moscow announced its first large-scale economic aid to the DRV.',
      vi: 'Đoàn đại biểu Chính phủ Việt Nam Dân chủ Cộng hòa do Chủ tịch Hồ Chí Minh dẫn đầu đến Irkutsk ngày 9/7 và thăm nhiều thành phố Liên Xô. Thông cáo chung ngày 18/7 ghi nhận sự nhất trí hoàn toàn, và Moskva công bố khoản viện trợ kinh tế quy mô lớn đầu tiên cho Việt Nam.',
      ru: 'Правительственная делегация ДРВ во главе с Хо Ши Мином прибыла 9 июля в Иркутск и посетила ряд советских городов. Совместное коммюнике от 18 июля зафиксировало полное единство взглядов, и Москва объявила о первой крупной экономической помощи ДРВ.',
    },
    sources: [
      { label: 'Kinh tế & Đô thị', url: 'https://kinhtedothi.vn/dau-an-cua-chu-tich-ho-chi-minh-tai-lien-xo-nam-1955-384668.html' },
      { label: 'Great Soviet Encyclopedia (text)', url: 'https://ed.newdu.com/k883878.html' },
    ],
  },
  // row 10 (row 9 left out: a single encyclopedic source)
  {
    id: '1956-10-15-hanoi-polytechnic',
    date: '1956-10-15',
    category: 'education',
    importance: 2,
    title: {
      en: 'Hanoi Polytechnic opens with Soviet help',
      vi: 'Trường Đại học Bách khoa Hà Nội khai giảng với sự giúp đỡ của Liên Xô',
      ru: 'При содействии СССР открывается Ханойский политехнический институт',
    },
    description: {
      en: "Vietnam's first multidisciplinary technical university opened to 875 students. Soviet universities helped train its teachers and shape its courses, and Soviet architects designed the campus built in 1960–65.",
      vi: 'Trường đại học kỹ thuật đa ngành đầu tiên của Việt Nam khai giảng với 875 sinh viên. Các trường đại học Liên Xô giúp đào tạo giảng viên, xây dựng chương trình học, và kiến trúc sư Liên Xô thiết kế khuôn viên xây dựng năm 1960–1965.',
      ru: 'Первый во Вьетнаме многопрофильный технический вуз открылся для 875 студентов. Советские вузы помогли подготовить его преподавателей и составить учебные программы, а советские архитекторы спроектировали кампус, построенный в 1960–1965 годах.',
    },
    sources: [{ label: 'Daibio', url: 'https://daibio.com.vn/en/education-in-democratic-republic-of-vietnam-1514.daibio' }],
  },
  // row 11
  {
    id: '1957-05-20-voroshilov-visit',
    date: '1957-05-20',
    category: 'diplomacy',
    importance: 1,
    title: {
      en: 'Soviet head of state Voroshilov pays a state visit to Hanoi',
      vi: 'Nguyên thủ Liên Xô Voroshilov thăm cấp nhà nước tới Hà Nội',
      ru: 'Государственный визит Климента Ворошилова в Ханой',
    },
    description: {
      en: "Kliment Voroshilov, Chairman of the Presidium of the Supreme Soviet, arrived in Hanoi for a state visit. Ho Chi Minh's farewell speech to him is dated 24 May 1957.",
      vi: 'Kliment Voroshilov, Chủ tịch Đoàn Chủ tịch Xô viết Tối cao Liên Xô, đến Hà Nội thăm cấp nhà nước. Bài phát biểu tiễn ông của Chủ tịch Hồ Chí Minh đề ngày 24/5/1957.',
      ru: 'Председатель Президиума Верховного Совета СССР Климент Ворошилов прибыл в Ханой с государственным визитом. Прощальная речь Хо Ши Мина в его честь датирована 24 мая 1957 года.',
    },
    sources: [
      { label: 'Pentagon Papers (Wikisource)', url: 'https://en.wikisource.org/wiki/Page:Pentagon-Papers-Part_IV._A._5.djvu/232' },
      { label: 'Hồ Chí Minh toàn tập (123docz)', url: 'https://123docz.net/trich-doan/4710753-ho-chi-minh-toan-tap.htm' },
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
      vi: 'Chủ tịch Hồ Chí Minh lại thăm Liên Xô và hội đàm với Khrushchev',
      ru: 'Новый визит Хо Ши Мина в СССР и переговоры с Хрущёвым',
    },
    description: {
      en: "On a tour of socialist countries, Ho met Khrushchev in Moscow on 17 July 1957 to discuss the stalled Geneva Accords, the Vietnamese party's plans and Soviet support.",
      vi: 'Trong chuyến thăm các nước xã hội chủ nghĩa, ngày 17/7/1957 Chủ tịch Hồ Chí Minh gặp Khrushchev tại Moskva để bàn về Hiệp định Genève đang bế tắc, kế hoạch của Đảng Lao động Việt Nam và sự ủng hộ của Liên Xô.',
      ru: 'Во время поездки по социалистическим странам Хо Ши Мин 17 июля 1957 года встретился в Москве с Хрущёвым, чтобы обсудить буксующие Женевские соглашения, планы вьетнамской партии и советскую поддержку.',
    },
    sources: [
      { label: 'Wilson Center Digital Archive', url: 'https://digitalarchive.wilsoncenter.org/document/record-conversation-between-ns-khrushchev-and-ho-chi-minh-president-drv-1100-17-july-1957' },
      { label: 'Pentagon Papers (Wikisource)', url: 'https://en.wikisource.org/wiki/Page:Pentagon-Papers-Part_IV._A._5.djvu/232' },
    ],
  },
  // row 13
  {
    id: '1958-07-31-soviet-friendship-society',
    date: '1958-07-31',
    category: 'people',
    importance: 1,
    title: {
      en: 'Soviet–Vietnamese Friendship Society founded in the USSR',
      vi: 'Thành lập Hội Hữu nghị Xô – Việt tại Liên Xô',
      ru: 'В СССР основано Общество советско-вьетнамской дружбы',
    },
    description: {
      en: "The Soviet counterpart of Vietnam's friendship association was founded. Today it is the Russia–Vietnam Friendship Association.",
      vi: 'Tổ chức hữu nghị đối tác phía Liên Xô được thành lập. Ngày nay đó là Hội Hữu nghị Nga – Việt.',
      ru: 'Было основано советское общество-партнёр вьетнамской ассоциации дружбы. Сегодня это Общество российско-вьетнамской дружбы.',
    },
    sources: [
      { label: 'Báo Bình Dương', url: 'https://baobinhduong.vn/en/russia-vietnam-friendship-association-marks-50th-anniversary-a65859.html' },
      { label: 'VietnamPlus', url: 'https://betaen.vietnamplus.vn/vietnam-russia-issue-joint-statement-post137819.vnp' },
    ],
  },
  // row 14
  {
    id: '1965-02-10-kosygin-hanoi',
    date: '1965-02-10',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Kosygin visits Hanoi and the USSR pledges defence aid',
      vi: 'Thủ tướng Kosygin thăm Hà Nội, Liên Xô cam kết giúp đỡ quốc phòng',
      ru: 'Визит Косыгина в Ханой: СССР обещает помощь в обороне ДРВ',
    },
    description: {
      en: 'Soviet Premier Alexei Kosygin visited Hanoi in early February 1965, as US air raids on the North began. A joint declaration of 10 February condemned the raids and promised Soviet help for the DRV’s defence.',
      vi: 'Chủ tịch Hội đồng Bộ trưởng Liên Xô Aleksei Kosygin thăm Hà Nội đầu tháng 2/1965, đúng lúc Mỹ bắt đầu ném bom miền Bắc. Tuyên bố chung ngày 10/2 lên án các cuộc không kích và cam kết Liên Xô giúp Việt Nam Dân chủ Cộng hòa củng cố quốc phòng.',
      ru: 'Председатель Совета министров СССР Алексей Косыгин посетил Ханой в начале февраля 1965 года, когда начались американские авианалёты на Север. Совместное заявление от 10 февраля осудило налёты и обещало советскую помощь в обороне ДРВ.',
    },
    sources: [
      { label: 'Great Soviet Encyclopedia (text)', url: 'https://ed.newdu.com/k883878.html' },
      { label: 'The Press (Papers Past), 5 Feb 1965', url: 'https://paperspast.natlib.govt.nz/newspapers/CHP19650205.2.144' },
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
      vi: 'Việt Nam trở thành thành viên chính thức của Hội đồng Tương trợ Kinh tế',
      ru: 'Вьетнам становится полноправным членом СЭВ',
    },
    description: {
      en: 'At the session in Bucharest, Vietnam was admitted as the tenth full member of the Soviet-led Council for Mutual Economic Assistance, tying its planned economy more closely to the Soviet bloc.',
      vi: 'Tại kỳ họp ở Bucharest, Việt Nam được kết nạp làm thành viên chính thức thứ mười của Hội đồng Tương trợ Kinh tế do Liên Xô đứng đầu, gắn nền kinh tế kế hoạch chặt chẽ hơn với khối Xô viết.',
      ru: 'На сессии в Бухаресте Вьетнам стал десятым полноправным членом Совета экономической взаимопомощи, что теснее связало его плановую экономику с советским блоком.',
    },
    sources: [
      { label: 'The Michigan Daily (AP), 30 June 1978', url: 'https://digital.bentley.umich.edu/midaily/mdp.39015071754621/619' },
      { label: 'Radio Prague International', url: 'https://english.radio.cz/thirty-years-dissolution-comecon-east-bloc-economic-organisation-8720944' },
    ],
  },
  // row 16
  {
    id: '1978-11-03-friendship-treaty',
    date: '1978-11-03',
    category: 'diplomacy',
    importance: 3,
    title: {
      en: 'Treaty of Friendship and Cooperation signed in Moscow',
      vi: 'Ký Hiệp ước Hữu nghị và Hợp tác Việt Nam – Liên Xô tại Moskva',
      ru: 'В Москве подписан Договор о дружбе и сотрудничестве',
    },
    description: {
      en: 'A 25-year treaty on political, economic, scientific and security cooperation was signed in the Kremlin in the presence of Brezhnev, Kosygin, Le Duan and Pham Van Dong. The USSR ratified it on 13 December 1978.',
      vi: 'Hiệp ước thời hạn 25 năm về hợp tác chính trị, kinh tế, khoa học và an ninh được ký tại Điện Kremli với sự có mặt của Brezhnev, Kosygin, Lê Duẩn và Phạm Văn Đồng. Liên Xô phê chuẩn hiệp ước ngày 13/12/1978.',
      ru: 'В Кремле в присутствии Брежнева, Косыгина, Ле Зуана и Фам Ван Донга был подписан договор сроком на 25 лет о сотрудничестве в политике, экономике, науке и безопасности. СССР ратифицировал его 13 декабря 1978 года.',
    },
    sources: [
      { label: 'The World and Japan database (treaty text)', url: 'https://worldjpn.net/documents/texts/docs/19781103.T1E.html' },
      { label: 'US Embassy Moscow cable (WikiLeaks PlusD)', url: 'https://wikileaks.org/plusd/cables/1978MOSCOW26985_d.html' },
    ],
  },
  // row 17
  {
    id: '1979-cam-ranh-agreement',
    date: '1979',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Soviet Navy gets rent-free use of Cam Ranh Bay',
      vi: 'Hải quân Liên Xô được sử dụng vịnh Cam Ranh không mất tiền thuê',
      ru: 'ВМФ СССР получает право бесплатно пользоваться Камранью',
    },
    description: {
      en: 'Under a 1979 agreement, Vietnam let the Soviet Pacific Fleet use the former US base at Cam Ranh for 25 years without rent. It became the largest Soviet military facility outside the Warsaw Pact area.',
      vi: 'Theo thỏa thuận năm 1979, Việt Nam cho Hạm đội Thái Bình Dương của Liên Xô sử dụng căn cứ cũ của Mỹ ở Cam Ranh trong 25 năm mà không thu tiền thuê. Đây trở thành cơ sở quân sự lớn nhất của Liên Xô ngoài khu vực Hiệp ước Warszawa.',
      ru: 'По соглашению 1979 года Вьетнам на 25 лет безвозмездно предоставил Тихоокеанскому флоту СССР бывшую американскую базу в Камрани. Она стала крупнейшим советским военным объектом за пределами стран Варшавского договора.',
    },
    sources: [
      { label: 'Jamestown Foundation', url: 'https://jamestown.org/program/russias-strategic-retrenchment-continues/' },
      { label: 'РИА Новости', url: 'https://ria.ru/20020515/142801.html' },
    ],
  },
  // row 18
  {
    id: '1979-06-thang-long-bridge',
    date: '1979-06',
    endDate: '1985-05-09',
    category: 'economy',
    importance: 2,
    title: {
      en: 'Thang Long Bridge built with Soviet help',
      vi: 'Xây dựng cầu Thăng Long với sự giúp đỡ của Liên Xô',
      ru: 'Строительство моста Тханг Лонг при помощи СССР',
    },
    description: {
      en: 'Work on the two-level road and rail bridge over the Red River began in 1974 with Chinese aid and stopped in 1978. Soviet engineers and materials restarted it in June 1979, and the bridge was inaugurated on 9 May 1985.',
      vi: 'Cây cầu hai tầng đường bộ và đường sắt qua sông Hồng khởi công năm 1974 với viện trợ của Trung Quốc và bị dừng năm 1978. Kỹ sư và vật tư Liên Xô giúp tái khởi động công trình từ tháng 6/1979, và cầu được khánh thành ngày 9/5/1985.',
      ru: 'Строительство двухъярусного автомобильно-железнодорожного моста через Красную реку началось в 1974 году при помощи Китая и остановилось в 1978 году. В июне 1979 года работы возобновились с советскими инженерами и материалами, а 9 мая 1985 года мост был открыт.',
    },
    sources: [
      { label: 'Wikipedia: Thăng Long Bridge', url: 'https://en.wikipedia.org/wiki/Th%C4%83ng_Long_Bridge' },
      { label: 'Vietexplorer', url: 'https://vietexplorer.com/lifestyle/thang-long-the-bridge-of-the-vietnam-soviet-friendship/' },
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
      en: 'Construction of the 1,920 MW dam on the Da River began on 6 November 1979 with several hundred Soviet specialists. The first unit started generating on 30 December 1988, and the finished plant was inaugurated on 20 December 1994.',
      vi: 'Công trình thủy điện 1.920 MW trên sông Đà khởi công ngày 6/11/1979 với sự tham gia của hàng trăm chuyên gia Liên Xô. Tổ máy đầu tiên phát điện ngày 30/12/1988, và nhà máy hoàn thành được khánh thành ngày 20/12/1994.',
      ru: 'Строительство плотины мощностью 1920 МВт на реке Да началось 6 ноября 1979 года при участии сотен советских специалистов. Первый агрегат дал ток 30 декабря 1988 года, а 20 декабря 1994 года станция была торжественно открыта.',
    },
    sources: [
      { label: 'VnExpress International', url: 'https://e.vnexpress.net/photo/news/hoa-binh-power-plant-construction-of-the-20th-century-4012791.html' },
      { label: 'Báo Hòa Bình', url: 'https://en.baohoabinh.com.vn/10/831/Hoa-Binh-Hydro112ower-Plant-Symbol-of-Vietnam-Russia-friendship.htm' },
    ],
  },
  // row 20: 23 July in UTC and Moscow; already 24 July in Hanoi (facts.md)
  {
    id: '1980-07-23-pham-tuan-soyuz-37',
    date: '1980-07-23',
    endDate: '1980-07-31',
    category: 'science',
    importance: 3,
    title: {
      en: 'Pham Tuan flies to Salyut 6 aboard Soyuz 37',
      vi: 'Phạm Tuân bay lên trạm Salyut 6 trên tàu Soyuz 37',
      ru: 'Фам Туан летит на станцию «Салют-6» на корабле «Союз-37»',
    },
    description: {
      en: 'Air force pilot Pham Tuan flew with Viktor Gorbatko under the Intercosmos programme and spent nearly eight days in orbit. He was the first Vietnamese in space and the first Asian from outside the USSR.',
      vi: 'Phi công không quân Phạm Tuân bay cùng Viktor Gorbatko trong chương trình Intercosmos và ở trên quỹ đạo gần tám ngày. Ông là người Việt Nam đầu tiên bay vào vũ trụ và là người châu Á đầu tiên ngoài Liên Xô.',
      ru: 'Военный лётчик Фам Туан вместе с Виктором Горбатко полетел по программе «Интеркосмос» и провёл на орбите почти восемь суток. Он стал первым вьетнамцем в космосе и первым азиатом не из СССР.',
    },
    sources: [
      { label: 'GlobalSecurity.org (mirror)', url: 'https://dcmpx.remotevs.com/org/globalsecurity/www/SL/space/world/russia/soyuz_37_and_soyuz_36_series.htm' },
      { label: 'РИА Новости', url: 'https://ria.ru/20050723/40957549.html' },
    ],
  },
];
