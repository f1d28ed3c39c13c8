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
  // row 21: the intergovernmental agreement; the company's own anniversary (facts.md misreport 6)
  {
    id: '1981-06-19-vietsovpetro',
    date: '1981-06-19',
    category: 'energy',
    importance: 3,
    title: {
      en: 'Agreement founds the Vietsovpetro oil joint venture',
      vi: 'Ký hiệp định thành lập Xí nghiệp Liên doanh Dầu khí Việt – Xô Vietsovpetro',
      ru: 'Соглашение о создании СП «Вьетсовпетро»',
    },
    description: {
      en: 'In Moscow, the two governments agreed to create a Vietnamese–Soviet joint venture to explore for and produce oil and gas on Vietnam’s southern shelf.',
      vi: 'Tại Moskva, hai chính phủ ký hiệp định thành lập xí nghiệp liên doanh Việt – Xô để thăm dò và khai thác dầu khí ở thềm lục địa phía Nam Việt Nam.',
      ru: 'В Москве правительства двух стран договорились создать вьетнамско-советское совместное предприятие по разведке и добыче нефти и газа на юге шельфа Вьетнама.',
    },
    sources: [
      { label: 'Vietsovpetro', url: 'https://www.vietsov.com.vn/pages/Details.aspx?itemid=341&c=2' },
      { label: 'Công đoàn Dầu khí Việt Nam', url: 'https://congdoandaukhi.vn/ky-niem-40-nam-thanh-lap-lien-doanh-viet-nga-vietsovpetro-1981-2021-mot-moc-son-quan-trong-trong-trang-su-vietsovpetro' },
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
      ru: '«Вьетсовпетро» добывает первую нефть на месторождении Белый Тигр',
    },
    description: {
      en: 'The first tonne of crude came from the Bach Ho (White Tiger) field off Vung Tau, making Vietnam an oil producer.',
      vi: 'Tấn dầu thô đầu tiên được khai thác từ mỏ Bạch Hổ ngoài khơi Vũng Tàu, đưa Việt Nam thành nước sản xuất dầu mỏ.',
      ru: 'Первая тонна нефти была добыта на месторождении Белый Тигр (Бахо) у Вунгтау, и Вьетнам стал нефтедобывающей страной.',
    },
    sources: [
      { label: 'Vietsovpetro', url: 'https://www.vietsov.com.vn/pages/Details.aspx?itemid=341&c=2' },
      { label: 'VietnamPlus', url: 'https://en.vietnamplus.vn/vietsovpetro-taps-230-million-tonnes-of-oil/137800.vnp' },
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
      en: 'A joint centre for research on tropical materials, ecology and medicine was set up under a 1987 intergovernmental agreement. Today it is the Vietnam–Russia Tropical Centre.',
      vi: 'Trung tâm nghiên cứu chung về vật liệu, sinh thái và y học nhiệt đới được thành lập theo hiệp định liên chính phủ năm 1987. Nay là Trung tâm Nhiệt đới Việt – Nga.',
      ru: 'Совместный центр исследований тропических материалов, экологии и медицины создан по межправительственному соглашению 1987 года. Сегодня это Российско-вьетнамский тропический центр.',
    },
    sources: [
      { label: 'Trung tâm Nhiệt đới Việt – Nga', url: 'https://trungtamnhietdoivietnga.com.vn/about-us' },
      { label: 'VietnamPlus', url: 'https://en.vietnamplus.vn/coordinating-committee-for-vietnamrussia-tropical-centre-meets-in-hanoi/164861.vnp' },
    ],
  },
  // row 24
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
      en: 'Vladimir Tsigal’s monument was unveiled on Ho Chi Minh Square near Akademicheskaya metro station, on the eve of Ho’s 100th birthday.',
      vi: 'Tượng đài do nhà điêu khắc Vladimir Tsigal thực hiện được khánh thành tại quảng trường Hồ Chí Minh gần ga tàu điện ngầm Akademicheskaya, trước ngày kỷ niệm 100 năm ngày sinh của Người.',
      ru: 'Памятник работы Владимира Цигаля открыт на площади Хо Ши Мина у станции метро «Академическая» накануне 100-летия со дня его рождения.',
    },
    sources: [
      { label: 'Wikipedia: Ho Chi Minh Monument, Moscow', url: 'https://en.wikipedia.org/wiki/Ho_Chi_Minh_Monument,_Moscow' },
      { label: 'VietnamPlus', url: 'https://en.vietnamplus.vn/president-ho-chi-minh-in-memories-of-russian-people/201689.vnp' },
    ],
  },
  // row 25
  {
    id: '1991-12-27-recognition-of-russia',
    date: '1991-12-27',
    category: 'diplomacy',
    importance: 2,
    title: {
      en: 'Vietnam recognises the Russian Federation',
      vi: 'Việt Nam công nhận Liên bang Nga',
      ru: 'Вьетнам признаёт Российскую Федерацию',
    },
    description: {
      en: 'After the Soviet Union broke up, Vietnam recognised the Russian Federation, which took over the USSR’s treaties and relations with Hanoi.',
      vi: 'Sau khi Liên Xô tan rã, Việt Nam công nhận Liên bang Nga, nước kế tục các điều ước và quan hệ của Liên Xô với Việt Nam.',
      ru: 'После распада СССР Вьетнам признал Российскую Федерацию, ставшую правопреемницей договоров и отношений Советского Союза с Ханоем.',
    },
    sources: [
      { label: 'Россотрудничество', url: 'https://vnm.rs.gov.ru/ru/pages/386' },
      { label: 'Thanh niên Việt', url: 'https://thanhnienviet.vn/print/quan-he-doi-tac-chien-luoc-viet-nga-2001-2012-nhin-tu-doi-thoai-va-hop-tac-chinh-tri-209250610172359663.htm' },
    ],
  },
  // row 26
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
      en: 'Signed in Moscow, it replaced the 1978 treaty and based relations on sovereignty, non-interference, equality and mutual benefit.',
      vi: 'Được ký tại Moskva, hiệp ước thay thế hiệp ước năm 1978 và đặt quan hệ trên cơ sở chủ quyền, không can thiệp, bình đẳng và cùng có lợi.',
      ru: 'Договор, подписанный в Москве, заменил договор 1978 года и основал отношения на суверенитете, невмешательстве, равноправии и взаимной выгоде.',
    },
    sources: [
      { label: 'Tạp chí Cộng sản', url: 'https://tapchicongsan.org.vn/en/-oi-ngoai2/-/2018/504356/tu-hiep-uoc-huu-nghi-va-hop-tac-viet-nam---lien-xo-den-hiep-uoc-ve-nhung-nguyen-tac-co-ban-cua-quan-he-huu-nghi-viet-nam---nga--dieu-con-mai-va-dieu-thay-doi-cung-lam-nen-gia-tri.aspx' },
      { label: 'VOV World', url: 'https://vovworld.vn/en-US/current-affairs/important-milestones-in-vietnamrussia-relations-1304153.vov' },
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
      vi: 'Tổng thống Putin thăm Việt Nam lần đầu; tuyên bố đối tác chiến lược',
      ru: 'Первый визит Путина во Вьетнам: провозглашено стратегическое партнёрство',
    },
    description: {
      en: 'The first visit by a Kremlin leader produced a joint declaration on strategic partnership, signed on 1 March 2001, Vietnam’s first partnership of that kind.',
      vi: 'Chuyến thăm đầu tiên của một nhà lãnh đạo Điện Kremli dẫn tới Tuyên bố chung về quan hệ đối tác chiến lược, ký ngày 1/3/2001, là quan hệ đối tác chiến lược đầu tiên của Việt Nam.',
      ru: 'Первый визит руководителя Кремля завершился Декларацией о стратегическом партнёрстве, подписанной 1 марта 2001 года, — первым таким партнёрством Вьетнама.',
    },
    sources: [
      { label: 'Báo Nghệ An', url: 'https://baonghean.vn/en/tong-thong-nga-putin-da-tham-viet-nam-bao-nhieu-lan-10167916.html' },
      { label: 'Kremlin', url: 'https://en.special.kremlin.ru/events/president/transcripts/21198' },
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
      ru: 'Россия возвращает Вьетнаму базу в Камрани',
    },
    description: {
      en: 'The Russian flag was lowered and handover papers were signed, two years before the lease was due to end. Putin had announced the early withdrawal in October 2001.',
      vi: 'Lá cờ Nga được hạ xuống và văn bản bàn giao được ký, sớm hai năm so với thời hạn. Tổng thống Putin đã tuyên bố rút sớm từ tháng 10/2001.',
      ru: 'Российский флаг был спущен, документы о передаче подписаны на два года раньше окончания срока. О досрочном уходе Путин объявил в октябре 2001 года.',
    },
    sources: [
      { label: 'Jamestown Foundation', url: 'https://jamestown.org/program/russias-strategic-retrenchment-continues/' },
      { label: 'BBC News', url: 'https://news.bbc.co.uk/1/hi/world/europe/1964253.stm' },
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
      vi: 'Zarubezhneft (51%) và PetroVietnam (49%) lập Rusvietpetro để phát triển các mỏ dầu ở Khu tự trị Nenets. Liên doanh bắt đầu khai thác dầu năm 2010.',
      ru: '«Зарубежнефть» (51%) и PetroVietnam (49%) создали «Русвьетпетро» для разработки месторождений в Ненецком автономном округе. Добыча началась в 2010 году.',
    },
    sources: [
      { label: 'The Moscow Times', url: 'https://www.themoscowtimes.com/business/article/russia-vietnam-boost-oil-cooperation/410131.html' },
      { label: 'SGGP', url: 'https://www.sggpnews.org.vn/national/petrovietnam-pumps-first-crude-in-russia-40333.html' },
    ],
  },
  // row 30
  {
    id: '2010-10-31-ninh-thuan-nuclear',
    date: '2010-10-31',
    category: 'energy',
    importance: 2,
    title: {
      en: 'Deal for Rosatom to build Vietnam’s first nuclear plant',
      vi: 'Thỏa thuận để Rosatom xây nhà máy điện hạt nhân đầu tiên của Việt Nam',
      ru: 'Соглашение о строительстве «Росатомом» первой АЭС Вьетнама',
    },
    description: {
      en: 'During President Medvedev’s visit, Russia agreed to build two 1,200 MW reactors at Ninh Thuan. Vietnam suspended the project in 2016; talks on reviving it resumed in 2024–25.',
      vi: 'Trong chuyến thăm của Tổng thống Medvedev, Nga nhận xây hai lò phản ứng 1.200 MW tại Ninh Thuận. Việt Nam dừng dự án năm 2016; đàm phán khởi động lại từ năm 2024–2025.',
      ru: 'Во время визита Дмитрия Медведева Россия договорилась построить два реактора по 1200 МВт в Ниньтхуане. В 2016 году Вьетнам приостановил проект, переговоры возобновились в 2024–2025 годах.',
    },
    sources: [
      { label: 'VTC News', url: 'https://vtcnews.vn/tieu-diem/dung-du-an-dien-hat-nhan-ninh-thuan.html' },
      { label: 'TASS', url: 'https://tass.com/economy/1898957' },
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
      vi: 'Nâng quan hệ lên Đối tác chiến lược toàn diện',
      ru: 'Отношения подняты до всеобъемлющего стратегического партнёрства',
    },
    description: {
      en: 'After talks in Sochi between Presidents Truong Tan Sang and Vladimir Putin, a joint statement raised bilateral ties to a comprehensive strategic partnership.',
      vi: 'Sau hội đàm tại Sochi giữa Chủ tịch nước Trương Tấn Sang và Tổng thống Vladimir Putin, tuyên bố chung nâng quan hệ song phương lên Đối tác chiến lược toàn diện.',
      ru: 'После переговоров в Сочи президентов Чыонг Тан Шанга и Владимира Путина совместное заявление подняло отношения до уровня всеобъемлющего стратегического партнёрства.',
    },
    sources: [
      { label: 'VOV World', url: 'https://vovworld.vn./id-ID/berita/pernyataan-bersama-vietnam-federasi-rusia-98339.vov' },
      { label: 'SGGP', url: 'https://en.sggp.org.vn/russian-pms-vietnam-visit-promotes-result-oriented-cooperation-post75882.html' },
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
      ru: 'Вьетнам подписывает соглашение о свободной торговле с ЕАЭС',
    },
    description: {
      en: 'In Burabay, Kazakhstan, Vietnam became the first outside partner to sign an FTA with the Russia-led union.',
      vi: 'Tại Burabay (Kazakhstan), Việt Nam trở thành đối tác bên ngoài đầu tiên ký FTA với liên minh do Nga dẫn dắt.',
      ru: 'В Бурабае (Казахстан) Вьетнам стал первым внешним партнёром, подписавшим соглашение о свободной торговле с возглавляемым Россией союзом.',
    },
    sources: [
      { label: 'The Moscow Times', url: 'https://themoscowtimes.com/2015/05/29/vietnam-signs-free-trade-agreement-with-russian-led-economic-union-a46976' },
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
      vi: 'TH khởi động dự án bò sữa dự kiến 2,7 tỷ USD tại Nga',
      ru: 'TH Group начинает молочный проект в России стоимостью 2,7 млрд долларов',
    },
    description: {
      en: 'During PM Nguyen Xuan Phuc’s visit, TH Group launched a ten-year programme of dairy farms and milk processing near Moscow and in Kaluga. The sum is the planned total, not money already spent.',
      vi: 'Trong chuyến thăm của Thủ tướng Nguyễn Xuân Phúc, Tập đoàn TH khởi động chương trình mười năm xây trang trại bò sữa và chế biến sữa ở Moskva và Kaluga. Con số là tổng vốn dự kiến.',
      ru: 'Во время визита премьер-министра Нгуен Суан Фука TH Group начала десятилетнюю программу молочных ферм и переработки молока в Подмосковье и Калуге. Сумма — плановая, а не уже вложенная.',
    },
    sources: [
      { label: 'VnExpress International', url: 'https://e.vnexpress.net/news/business/vietnam-s-giant-milk-company-kicks-off-billion-dollar-plant-in-russia-3405401.html' },
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
      ru: 'Вступает в силу соглашение о свободной торговле между ЕАЭС и Вьетнамом',
    },
    description: {
      en: 'Once all parties had ratified it, the agreement began removing tariffs on most goods traded between Vietnam and the union’s members.',
      vi: 'Sau khi các bên phê chuẩn, hiệp định bắt đầu xóa bỏ thuế quan đối với phần lớn hàng hóa giữa Việt Nam và các nước thành viên liên minh.',
      ru: 'После ратификации всеми сторонами соглашение начало отменять пошлины на большинство товаров в торговле Вьетнама со странами союза.',
    },
    sources: [
      { label: 'Báo Bình Thuận', url: 'https://en.baobinhthuan.com.vn/president-tran-dai-quang-arrives-in-moscow-starting-official-visit-to-russia-88563.html' },
      { label: 'VCCI WTO Center (SlideShare)', url: 'https://www.slideshare.net/TriuCa/vn-lin-minh-kinh-t-updf' },
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
      en: 'Prime Ministers Nguyen Xuan Phuc and Dmitry Medvedev opened the cross years in Moscow to mark 25 years of the 1994 treaty, with cultural, trade and tourism events in both countries.',
      vi: 'Thủ tướng Nguyễn Xuân Phúc và Thủ tướng Dmitry Medvedev khai mạc năm chéo tại Moskva nhân 25 năm hiệp ước 1994, với các sự kiện văn hóa, thương mại và du lịch ở cả hai nước.',
      ru: 'Премьер-министры Нгуен Суан Фук и Дмитрий Медведев открыли в Москве перекрёстные годы к 25-летию договора 1994 года; в обеих странах прошли культурные, торговые и туристические события.',
    },
    sources: [
      { label: 'TASS', url: 'https://tass.com/society/1059630' },
      { label: 'VietnamPlus', url: 'https://en.vietnamplus.vn/vietnam-russia-friendship-year-launched/153055.vnp' },
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
      vi: 'Tuyên bố chung về tầm nhìn quan hệ đối tác chiến lược toàn diện đến năm 2030',
      ru: 'Совместное заявление о видении партнёрства до 2030 года',
    },
    description: {
      en: 'In Moscow, Presidents Nguyen Xuan Phuc and Vladimir Putin adopted a joint statement on the vision for the comprehensive strategic partnership up to 2030.',
      vi: 'Tại Moskva, Chủ tịch nước Nguyễn Xuân Phúc và Tổng thống Vladimir Putin thông qua tuyên bố chung về tầm nhìn quan hệ đối tác chiến lược toàn diện đến năm 2030.',
      ru: 'В Москве президенты Нгуен Суан Фук и Владимир Путин приняли совместное заявление о видении всеобъемлющего стратегического партнёрства до 2030 года.',
    },
    sources: [
      { label: 'Kremlin', url: 'https://en.special.kremlin.ru/catalog/countries/VN/events/67244' },
      { label: 'Báo Nghệ An', url: 'https://baonghean.vn/en/tuyen-bo-chung-ve-tam-nhin-quan-he-doi-tac-chien-luoc-toan-dien-viet-nam-nga-den-nam-2030-10233848.html' },
    ],
  },
  // row 37
  {
    id: '2023-06-30-st-petersburg-statue',
    date: '2023-06-30',
    category: 'culture',
    importance: 2,
    title: {
      en: 'Ho Chi Minh statue unveiled in St Petersburg',
      vi: 'Khánh thành tượng Chủ tịch Hồ Chí Minh tại Saint Petersburg',
      ru: 'В Санкт-Петербурге открыт памятник Хо Ши Мину',
    },
    description: {
      en: 'A bronze statue of a seated Ho Chi Minh was unveiled in Vyborgsky district, exactly 100 years after his arrival in Petrograd.',
      vi: 'Tượng đồng Chủ tịch Hồ Chí Minh ngồi được khánh thành tại quận Vyborgsky, tròn 100 năm ngày Người đến Petrograd.',
      ru: 'Бронзовая скульптура сидящего Хо Ши Мина открыта в Выборгском районе ровно через 100 лет после его прибытия в Петроград.',
    },
    sources: [
      { label: 'VietnamPlus', url: 'https://en.vietnamplus.vn/statue-of-president-ho-chi-minh-inaugurated-in-st-petersburg/255566.vnp' },
      { label: 'Báo Nghệ An', url: 'https://baonghean.vn/statue-of-president-ho-chi-minh-inaugurated-in-st-petersburg-russia-federation-post272553.html' },
    ],
  },
  // row 38: signing date not found; year precision only (facts.md, confidence L)
  {
    id: '2024-herzen-university-agreement',
    date: '2024',
    endDate: '2029',
    category: 'education',
    importance: 1,
    title: {
      en: 'Friendship Association and Herzen University agree a 2024–2029 programme',
      vi: 'Hội Hữu nghị Việt – Nga và Đại học Herzen thỏa thuận hợp tác 2024–2029',
      ru: 'Общество дружбы и РГПУ им. Герцена согласовали программу на 2024–2029 годы',
    },
    description: {
      en: 'The Vietnam–Russia Friendship Association and Herzen State Pedagogical University in St Petersburg agreed to promote Russian in Vietnam and Vietnamese in Russia.',
      vi: 'Hội Hữu nghị Việt – Nga và Đại học Sư phạm Quốc gia Nga mang tên A.I. Herzen ở Saint Petersburg thỏa thuận thúc đẩy tiếng Nga tại Việt Nam và tiếng Việt tại Nga.',
      ru: 'Общество вьетнамо-российской дружбы и РГПУ им. Герцена в Санкт-Петербурге договорились продвигать русский язык во Вьетнаме и вьетнамский — в России.',
    },
    sources: [
      { label: 'Thời Đại', url: 'https://thoidai.com.vn/hoi-huu-nghi-viet-nam-lien-bang-nga-va-uy-ban-doi-ngoai-thanh-pho-saint-petersburg-nga-mo-rong-hop-tac-giao-luu-nhan-dan-198689.html' },
    ],
  },
  // row 39: officially 19–20 June; the talks were on 20 June (facts.md misreport 12)
  {
    id: '2024-06-19-putin-state-visit',
    date: '2024-06-19',
    endDate: '2024-06-20',
    category: 'diplomacy',
    importance: 3,
    title: {
      en: 'Putin pays a state visit to Vietnam',
      vi: 'Tổng thống Putin thăm cấp nhà nước Việt Nam',
      ru: 'Государственный визит Владимира Путина во Вьетнам',
    },
    description: {
      en: 'Putin held talks with Nguyen Phu Trong, To Lam and other leaders. They adopted a joint statement on deepening the partnership and signed about a dozen documents, including on education and energy.',
      vi: 'Tổng thống Putin hội đàm với Tổng Bí thư Nguyễn Phú Trọng, Chủ tịch nước Tô Lâm và các lãnh đạo khác. Hai bên ra tuyên bố chung về làm sâu sắc quan hệ đối tác và ký khoảng mười văn kiện, trong đó có giáo dục và năng lượng.',
      ru: 'Путин провёл переговоры с Нгуен Фу Чонгом, То Ламом и другими руководителями. Стороны приняли совместное заявление об углублении партнёрства и подписали около десятка документов, в том числе об образовании и энергетике.',
    },
    sources: [
      { label: 'VUFO', url: 'https://vufo.org.vn/Russian-President-pays-state-visit-to-Viet-Nam-14-56975.html?lang=en' },
      { label: 'TASS', url: 'https://tass.com/politics/1805861' },
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
      en: 'PM Mishustin visits Hanoi; nuclear energy memorandum signed',
      vi: 'Thủ tướng Mishustin thăm Hà Nội; ký bản ghi nhớ về năng lượng hạt nhân',
      ru: 'Визит Михаила Мишустина в Ханой: меморандум о ядерной энергетике',
    },
    description: {
      en: 'On his first trip to Vietnam, Russian Prime Minister Mikhail Mishustin held talks in Hanoi. Seven documents were signed, including a Rosatom–EVN memorandum on nuclear energy.',
      vi: 'Trong chuyến thăm Việt Nam đầu tiên, Thủ tướng Nga Mikhail Mishustin hội đàm tại Hà Nội. Bảy văn kiện được ký, trong đó có bản ghi nhớ giữa Rosatom và EVN về năng lượng hạt nhân.',
      ru: 'В первую поездку во Вьетнам премьер-министр России Михаил Мишустин провёл переговоры в Ханое. Подписано семь документов, в том числе меморандум «Росатома» и EVN о ядерной энергетике.',
    },
    sources: [
      { label: 'The Moscow Times', url: 'https://www.themoscowtimes.com/2025/01/14/russia-signs-nuclear-energy-deal-with-vietnam-a87605' },
      { label: 'Anadolu Agency', url: 'https://aa.com.tr/en/asia-pacific/vietnam-russia-sign-nuclear-energy-development-pact/3450302' },
    ],
  },
  // row 41
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
      en: 'Leaders of both countries exchanged congratulations, and anniversary events were held in Moscow, St Petersburg and Hanoi through 2025.',
      vi: 'Lãnh đạo hai nước trao đổi điện mừng, và các hoạt động kỷ niệm diễn ra tại Moskva, Saint Petersburg và Hà Nội trong suốt năm 2025.',
      ru: 'Руководители двух стран обменялись поздравлениями, а юбилейные мероприятия прошли в Москве, Санкт-Петербурге и Ханое в течение 2025 года.',
    },
    sources: [
      { label: 'Việt Nam News', url: 'https://vietnamnews.vn/politics-laws/1691438/vietnamese-russian-leaders-exchange-congratulations-on-diplomatic-ties-anniversary.html' },
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
      vi: 'Tổng Bí thư Tô Lâm thăm Nga; tuyên bố chung về giai đoạn mới',
      ru: 'Визит То Лама в Россию: совместное заявление о новом этапе отношений',
    },
    description: {
      en: 'General Secretary To Lam attended the 80th Victory Day celebrations in Moscow, where Vietnamese troops marched on Red Square for the first time. On 10 May he and Putin adopted a joint statement.',
      vi: 'Tổng Bí thư Tô Lâm dự lễ kỷ niệm 80 năm Ngày Chiến thắng tại Moskva, nơi quân nhân Việt Nam lần đầu diễu binh trên Quảng trường Đỏ. Ngày 10/5, ông và Tổng thống Putin ra tuyên bố chung.',
      ru: 'Генеральный секретарь То Лам посетил торжества к 80-летию Победы в Москве, где вьетнамские военные впервые прошли по Красной площади. 10 мая он и Путин приняли совместное заявление.',
    },
    sources: [
      { label: 'Việt Nam News', url: 'https://vietnamnews.vn/politics-laws/1717461/party-general-secretary-to-lam-wraps-up-official-visit-to-russia.html' },
      { label: 'Việt Nam News', url: 'https://vietnamnews.vn/politics-laws/1717431/party-chief-had-talks-with-russian-leader-putin-agreeing-on-major-orientations-for-bilateral-relations.html' },
    ],
  },
  // row 43: held 30 Sept–1 Oct 2025, not on the 30 January anniversary (facts.md misreport 13)
  {
    id: '2025-09-30-peoples-forum',
    date: '2025-09-30',
    endDate: '2025-10-01',
    category: 'people',
    importance: 2,
    title: {
      en: 'First Vietnam–Russia People’s Forum held in Hanoi',
      vi: 'Diễn đàn Nhân dân Việt Nam – Nga lần thứ nhất tại Hà Nội',
      ru: 'В Ханое прошёл первый Вьетнамско-российский народный форум',
    },
    description: {
      en: 'VUFO organised the forum with St Petersburg’s external relations committee and the two friendship associations. Proposals included direct flights, student exchanges and a “Vietnam House” in St Petersburg.',
      vi: 'Liên hiệp các tổ chức hữu nghị Việt Nam phối hợp với Ủy ban Đối ngoại Saint Petersburg và hai hội hữu nghị tổ chức diễn đàn. Các đề xuất gồm đường bay thẳng, trao đổi sinh viên và “Nhà Việt Nam” tại Saint Petersburg.',
      ru: 'Форум организовали Союз обществ дружбы Вьетнама, комитет по внешним связям Санкт-Петербурга и два общества дружбы. Среди предложений — прямые рейсы, студенческие обмены и «Дом Вьетнама» в Санкт-Петербурге.',
    },
    sources: [
      { label: 'VietnamPlus', url: 'https://en.vietnamplus.vn/first-vietnam-russia-peoples-forum-opens-in-hanoi-post328526.vnp' },
    ],
  },
];
