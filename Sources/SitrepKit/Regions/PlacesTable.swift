// Made by Sources/SitrepKit/Resources/make-places.py; do not edit.
// Ukraine's raions, hromadas, cities and urban settlements with their oblast, from KATOTTG (the
// codifier of 16 May 2025, an official document of the Ministry for Communities and Territories
// Development, published as open data); Latin spellings by resolution 55 of 2010.
// swift-format-ignore-file
extension Places {
    /// kind,name,latin,region,raion: one place a line.
    static let table = #"""
kind,name,latin,region,raion
raion,Бахчисарайський,Bakhchysaraiskyi Raion,Autonomous Republic of Crimea,
hromada,Андріївська,Andriivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
town,Сонячний,Soniachnyi,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Ароматненська,Aromatnenska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Бахчисарайська,Bakhchysaraiska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
city,Бахчисарай,Bakhchysarai,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
town,Научний,Nauchnyi,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Верхньосадівська,Verkhnosadivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Верхоріченська,Verkhorichenska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Вілінська,Vilinska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Голубинська,Holubynska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Долинненська,Dolynnenska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Залізничненська,Zaliznychnenska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
town,Сирень,Syren,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Зеленівська,Zelenivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Інкерманська,Inkermanska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
city,Інкерман,Inkerman,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Качинська,Kachynska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
town,Кача,Kacha,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Каштанівська,Kashtanivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Красномацька,Krasnomatska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Куйбишевська,Kuibyshevska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
town,Албат,Albat,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Орлинівська,Orlynivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Піщанівська,Pishchanivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Плодівська,Plodivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Поштівська,Poshtivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
town,Поштове,Poshtove,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
town,Стальне,Stalne,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Скалистівська,Skalystivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Табачненська,Tabachnenska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Тернівська,Ternivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Тінистівська,Tinystivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
hromada,Углівська,Uhlivska,Autonomous Republic of Crimea,Bakhchysaraiskyi Raion
raion,Білогірський,Bilohirskyi Raion,Autonomous Republic of Crimea,
hromada,Ароматнівська,Aromatnivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Багатівська,Bahativska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Білогірська,Bilohirska,Autonomous Republic of Crimea,Bilohirskyi Raion
city,Білогірськ,Bilohirsk,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Василівська,Vasylivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Вишенська,Vyshenska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Дрофинська,Drofynska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Желябовська,Zheliabovska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Жемчужинська,Zhemchuzhynska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Зеленогірська,Zelenohirska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Земляничненська,Zemlianychnenska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Зибинська,Zybynska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Зоркінська,Zorkinska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Зуйська,Zuiska,Autonomous Republic of Crimea,Bilohirskyi Raion
town,Зуя,Zuia,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Іванівська,Ivanivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Ізобільненська,Izobilnenska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Кісточківська,Kistochkivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Кримськорозівська,Krymskorozivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Криничненська,Krynychnenska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Курська,Kurska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Листвинська,Lystvynska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Мельнична,Melnychna,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Митрофанівська,Mytrofanivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Михайлівська,Mykhailivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Мічурінська,Michurinska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Муромська,Muromska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Нижньогірська,Nyzhnohirska,Autonomous Republic of Crimea,Bilohirskyi Raion
town,Нижньогірський,Nyzhnohirskyi,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Новогригорівська,Novohryhorivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Новожилівська,Novozhylivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Омелянівська,Omelianivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Охотська,Okhotska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Пшеничненська,Pshenychnenska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Русаківська,Rusakivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Садова,Sadova,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Уварівська,Uvarivska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Цвіточненська,Tsvitochnenska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Чкаловська,Chkalovska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Чорнопільська,Chornopilska,Autonomous Republic of Crimea,Bilohirskyi Raion
hromada,Якимівська,Yakymivska,Autonomous Republic of Crimea,Bilohirskyi Raion
raion,Джанкойський,Dzhankoiskyi Raion,Autonomous Republic of Crimea,
hromada,Азовська,Azovska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
town,Азовське,Azovske,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Вільненська,Vilnenska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
town,Вільне,Vilne,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Джанкойська,Dzhankoiska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
city,Джанкой,Dzhankoi,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Єрмаківська,Yermakivska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Завіто-Ленінська,Zavito-Leninska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Зарічненська,Zarichnenska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
town,Митюрине,Mytiuryne,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Ізумруднівська,Izumrudnivska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Кіндратівська,Kindrativska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
town,Дорожнє,Dorozhnie,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Кримківська,Krymkivska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Лобанівська,Lobanivska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
town,Ясне,Yasne,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Луганська,Luhanska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Майська,Maiska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Маслівська,Maslivska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Медведівська,Medvedivska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Мирнівська,Myrnivska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Новокримська,Novokrymska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Пахарівська,Pakharivska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Побєдненська,Pobiednenska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Просторненська,Prostornenska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Розкішненська,Rozkishnenska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Рощинська,Roshchynska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Світлівська,Svitlivska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Стальненська,Stalnenska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Табачненська,Tabachnenska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Цілинна,Tsilynna,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Чайкинська,Chaikynska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Ярківська,Yarkivska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Яркополенська,Yarkopolenska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
town,Дібрівка,Dibrivka,Autonomous Republic of Crimea,Dzhankoiskyi Raion
hromada,Яснополянська,Yasnopolianska,Autonomous Republic of Crimea,Dzhankoiskyi Raion
town,Володине,Volodyne,Autonomous Republic of Crimea,Dzhankoiskyi Raion
raion,Євпаторійський,Yevpatoriiskyi Raion,Autonomous Republic of Crimea,
hromada,Вересаєвська,Veresaievska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Веселівська,Veselivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Виноградівська,Vynohradivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Воробйовська,Vorobiovska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Геройська,Heroiska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Далеківська,Dalekivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Добрушинська,Dobrushynska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Євпаторійська,Yevpatoriiska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
city,Євпаторія,Yevpatoriia,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Заозерненська,Zaozernenska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
town,Заозерне,Zaozerne,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Зернівська,Zernivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Іванівська,Ivanivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Кіровська,Kirovska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
town,Низівка,Nyzivka,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Кольцовська,Koltsovska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Крайненська,Krainenska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Краснополянська,Krasnopolianska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Красноярська,Krasnoiarska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Кримська,Krymska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Ліснівська,Lisnivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Медведівська,Medvedivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
town,Озерівка,Ozerivka,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Мирнівська,Myrnivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
town,Мирний,Myrnyi,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Митяївська,Mytiaivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Міжводненська,Mizhvodnenska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Молочненська,Molochnenska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Новоіванівська,Novoivanivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Новоозернівська,Novoozernivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
town,Новоозерне,Novoozerne,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Новосільська,Novosilska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Новофедорівська,Novofedorivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
town,Новофедорівка,Novofedorivka,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Окунівська,Okunivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Оленівська,Olenivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Оріхівська,Orikhivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Охотниківська,Okhotnykivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Ромашкінська,Romashkinska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Сакська,Sakska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
city,Саки,Saky,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Сизівська,Syzivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Стовпівська,Stovpivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Суворовська,Suvorovska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Уютненська,Uiutnenska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Фрунзенська,Frunzenska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Чорноморська,Chornomorska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
town,Чорноморське,Chornomorske,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
hromada,Штормівська,Shtormivska,Autonomous Republic of Crimea,Yevpatoriiskyi Raion
raion,Керченський,Kerchenskyi Raion,Autonomous Republic of Crimea,
hromada,Багерівська,Baherivska,Autonomous Republic of Crimea,Kerchenskyi Raion
town,Багерове,Baherove,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Батальненська,Batalnenska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Бєлінська,Bielinska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Виноградненська,Vynohradnenska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Войковська,Voikovska,Autonomous Republic of Crimea,Kerchenskyi Raion
town,Єгорове,Yehorove,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Глазівська,Hlazivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Горностаївська,Hornostaivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Завітненська,Zavitnenska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Іллічівська,Illichivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Калинівська,Kalynivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Керченська,Kerchenska,Autonomous Republic of Crimea,Kerchenskyi Raion
city,Керч,Kerch,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Кіровська,Kirovska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Красногірська,Krasnohirska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Ленінська,Leninska,Autonomous Republic of Crimea,Kerchenskyi Raion
town,Єди-Кую,Yedy-Kuiu,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Ленінська,Leninska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Лугівська,Luhivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Мар’ївська,Marivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Марфівська,Marfivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Мисівська,Mysivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Новомиколаївська,Novomykolaivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Октябрська,Oktiabrska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Останінська,Ostaninska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Приозернівська,Pryozernivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Семисотська,Semysotska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Уварівська,Uvarivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Челядінівська,Cheliadinivska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Чистопільська,Chystopilska,Autonomous Republic of Crimea,Kerchenskyi Raion
hromada,Щолкінська,Shcholkinska,Autonomous Republic of Crimea,Kerchenskyi Raion
city,Щолкіне,Shcholkine,Autonomous Republic of Crimea,Kerchenskyi Raion
raion,Курманський,Kurmanskyi Raion,Autonomous Republic of Crimea,
hromada,Абрикосівська,Abrykosivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Амурська,Amurska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Войковська,Voikovska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Восходненська,Voskhodnenska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Гвардійська,Hvardiiska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Гришинська,Hryshynska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Зернівська,Zernivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Калінінська,Kalininska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Калінінська,Kalininska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Клепинінська,Klepyninska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Колодязянська,Kolodiazianska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Кормівська,Kormivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Котельниківська,Kotelnykivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Красногвардійська,Krasnohvardiiska,Autonomous Republic of Crimea,Kurmanskyi Raion
town,Курман,Kurman,Autonomous Republic of Crimea,Kurmanskyi Raion
town,Видне,Vydne,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Краснознам’янська,Krasnoznamianska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Крестянівська,Krestianivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Ленінська,Leninska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Мар’янівська,Marianivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Найдьонівська,Naidonivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Новопокровська,Novopokrovska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Октябрська,Oktiabrska,Autonomous Republic of Crimea,Kurmanskyi Raion
town,Біюк-Онлар,Biiuk-Onlar,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Октябрська,Oktiabrska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Олександрівська,Oleksandrivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Олексіївська,Oleksiivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Островська,Ostrovska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,П’ятихатська,Piatykhatska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Первомайська,Pervomaiska,Autonomous Republic of Crimea,Kurmanskyi Raion
town,Первомайське,Pervomaiske,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Петрівська,Petrivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Полтавська,Poltavska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Правдівська,Pravdivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Рівнівська,Rivnivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Сарибашівська,Sarybashivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Стахановська,Stakhanovska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Степнівська,Stepnivska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Сусанінська,Susaninska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Черновська,Chernovska,Autonomous Republic of Crimea,Kurmanskyi Raion
hromada,Янтарненська,Yantarnenska,Autonomous Republic of Crimea,Kurmanskyi Raion
raion,Перекопський,Perekopskyi Raion,Autonomous Republic of Crimea,
hromada,Армянська,Armianska,Autonomous Republic of Crimea,Perekopskyi Raion
city,Армянськ,Armiansk,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Березівська,Berezivska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Ботанічна,Botanichna,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Братська,Bratska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Вишнівська,Vyshnivska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Воїнська,Voinska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Зиминська,Zymynska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Іллінська,Illinska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Ішунська,Ishunska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Ковильнівська,Kovylnivska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Красноармійська,Krasnoarmiiska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Красноперекопська,Krasnoperekopska,Autonomous Republic of Crimea,Perekopskyi Raion
city,Яни Капу,Yany Kapu,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Кукушкінська,Kukushkinska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Магазинська,Mahazynska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Новопавлівська,Novopavlivska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Новоселівська,Novoselivska,Autonomous Republic of Crimea,Perekopskyi Raion
town,Новоселівське,Novoselivske,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Орлівська,Orlivska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Почетненська,Pochetnenska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Роздольненська,Rozdolnenska,Autonomous Republic of Crimea,Perekopskyi Raion
town,Роздольне,Rozdolne,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Руч’ївська,Ruchivska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Серебрянська,Serebrianska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Славнівська,Slavnivska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Слов’янська,Slovianska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Совхозненська,Sovkhoznenska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Суворовська,Suvorovska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Філатівська,Filativska,Autonomous Republic of Crimea,Perekopskyi Raion
hromada,Чернишівська,Chernyshivska,Autonomous Republic of Crimea,Perekopskyi Raion
raion,Сімферопольський,Simferopolskyi Raion,Autonomous Republic of Crimea,
hromada,Гвардійська,Hvardiiska,Autonomous Republic of Crimea,Simferopolskyi Raion
town,Гвардійське,Hvardiiske,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Гресівська,Hresivska,Autonomous Republic of Crimea,Simferopolskyi Raion
town,Гресівський,Hresivskyi,Autonomous Republic of Crimea,Simferopolskyi Raion
town,Аерофлотський,Aeroflotskyi,Autonomous Republic of Crimea,Simferopolskyi Raion
town,Бакачик-Кият,Bakachyk-Kyiat,Autonomous Republic of Crimea,Simferopolskyi Raion
town,Бітумне,Bitumne,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Добрівська,Dobrivska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Донська,Donska,Autonomous Republic of Crimea,Simferopolskyi Raion
town,Давидове,Davydove,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Журавлівська,Zhuravlivska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Кольчугинська,Kolchuhynska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Мазанська,Mazanska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Миколаївська,Mykolaivska,Autonomous Republic of Crimea,Simferopolskyi Raion
town,Миколаївка,Mykolaivka,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Мирнівська,Myrnivska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Молодіжненська,Molodizhnenska,Autonomous Republic of Crimea,Simferopolskyi Raion
town,Молодіжне,Molodizhne,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Новоандріївська,Novoandriivska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Новоселівська,Novoselivska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Первомайська,Pervomaiska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Перовська,Perovska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Пожарська,Pozharska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Родниківська,Rodnykivska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Сімферопольська,Simferopolska,Autonomous Republic of Crimea,Simferopolskyi Raion
city,Сімферополь,Simferopol,Autonomous Republic of Crimea,Simferopolskyi Raion
town,Аграрне,Ahrarne,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Скворцівська,Skvortsivska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Трудівська,Trudivska,Autonomous Republic of Crimea,Simferopolskyi Raion
town,Айкаван,Aikavan,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Укромнівська,Ukromnivska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Урожайнівська,Urozhainivska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Чистенська,Chystenska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Широківська,Shyrokivska,Autonomous Republic of Crimea,Simferopolskyi Raion
hromada,Шкільненська,Shkilnenska,Autonomous Republic of Crimea,Simferopolskyi Raion
town,Шкільне,Shkilne,Autonomous Republic of Crimea,Simferopolskyi Raion
raion,Феодосійський,Feodosiiskyi Raion,Autonomous Republic of Crimea,
hromada,Абрикосівська,Abrykosivska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Берегова,Berehova,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Веселівська,Veselivska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Владиславівська,Vladyslavivska,Autonomous Republic of Crimea,Feodosiiskyi Raion
town,Вузлове,Vuzlove,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Грушівська,Hrushivska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Дачнівська,Dachnivska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Дмитрівська,Dmytrivska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Журавська,Zhuravska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Завітненська,Zavitnenska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Золотополенська,Zolotopolenska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Іллічівська,Illichivska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Кіровська,Kirovska,Autonomous Republic of Crimea,Feodosiiskyi Raion
town,Іслям-Терек,Isliam-Terek,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Коктебельська,Koktebelska,Autonomous Republic of Crimea,Feodosiiskyi Raion
town,Коктебель,Koktebel,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Красногвардійська,Krasnohvardiiska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Краснофлотська,Krasnoflotska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Льговська,Lhovska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Міжріченська,Mizhrichenska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Морська,Morska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Насипнівська,Nasypnivska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Некрасовська,Nekrasovska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Новосвітська,Novosvitska,Autonomous Republic of Crimea,Feodosiiskyi Raion
town,Новий Світ,Novyi Svit,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Орджонікідзевська,Ordzhonikidzevska,Autonomous Republic of Crimea,Feodosiiskyi Raion
town,Кайгадор,Kaihador,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Партизанська,Partyzanska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Первомайська,Pervomaiska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Привітненська,Pryvitnenska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Приморська,Prymorska,Autonomous Republic of Crimea,Feodosiiskyi Raion
town,Приморський,Prymorskyi,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Прудівська,Prudivska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Пушкінська,Pushkinska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Синицинська,Synytsynska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Совєтська,Sovietska,Autonomous Republic of Crimea,Feodosiiskyi Raion
town,Ічкі,Ichki,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Сонячнодолинська,Soniachnodolynska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Старокримська,Starokrymska,Autonomous Republic of Crimea,Feodosiiskyi Raion
city,Старий Крим,Staryi Krym,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Судацька,Sudatska,Autonomous Republic of Crimea,Feodosiiskyi Raion
city,Судак,Sudak,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Токарєвська,Tokarievska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Урожайнівська,Urozhainivska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Феодосійська,Feodosiiska,Autonomous Republic of Crimea,Feodosiiskyi Raion
city,Феодосія,Feodosiia,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Чапаєвська,Chapaievska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Чорноземненська,Chornozemnenska,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Щебетовська,Shchebetovska,Autonomous Republic of Crimea,Feodosiiskyi Raion
town,Щебетовка,Shchebetovka,Autonomous Republic of Crimea,Feodosiiskyi Raion
town,Курортне,Kurortne,Autonomous Republic of Crimea,Feodosiiskyi Raion
hromada,Яркополенська,Yarkopolenska,Autonomous Republic of Crimea,Feodosiiskyi Raion
raion,Ялтинський,Yaltynskyi Raion,Autonomous Republic of Crimea,
hromada,Алупкинська,Alupkynska,Autonomous Republic of Crimea,Yaltynskyi Raion
city,Алупка,Alupka,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Алуштинська,Alushtynska,Autonomous Republic of Crimea,Yaltynskyi Raion
city,Алушта,Alushta,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Гаспринська,Hasprynska,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Гаспра,Haspra,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Гурзуфська,Hurzufska,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Гурзуф,Hurzuf,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Краснокам’янка,Krasnokamianka,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Данилівка,Danylivka,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Лінійне,Liniine,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Партизанське,Partyzanske,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Ізобільненська,Izobilnenska,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Розовий,Rozovyi,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Кореїзька,Koreizka,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Кореїз,Koreiz,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Лівадійська,Livadiiska,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Лівадія,Livadiia,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Виноградне,Vynohradne,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Курпати,Kurpaty,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Ореанда,Oreanda,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Високогірне,Vysokohirne,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Гірне,Hirne,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Ісар,Isar,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Охотниче,Okhotnyche,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Лучистівська,Luchystivska,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Лаванда,Lavanda,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Семидвір’я,Semydviria,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Маломаяцька,Malomaiatska,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Бондаренкове,Bondarenkove,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Утьос,Utos,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Чайка,Chaika,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Малоріченська,Malorichenska,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Масандрівська,Masandrivska,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Масандра,Masandra,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Відрадне,Vidradne,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Восход,Voskhod,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Долосси,Dolossy,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Нікіта,Nikita,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Партенітська,Partenitska,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Партеніт,Partenit,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Привітненська,Pryvitnenska,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Сімеїзька,Simeizka,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Сімеїз,Simeiz,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Берегове,Berehove,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Голуба Затока,Holuba Zatoka,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Кацівелі,Katsiveli,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Паркове,Parkove,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Понизівка,Ponyzivka,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Фороська,Foroska,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Форос,Foros,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Санаторне,Sanatorne,Autonomous Republic of Crimea,Yaltynskyi Raion
town,Олива,Olyva,Autonomous Republic of Crimea,Yaltynskyi Raion
hromada,Ялтинська,Yaltynska,Autonomous Republic of Crimea,Yaltynskyi Raion
city,Ялта,Yalta,Autonomous Republic of Crimea,Yaltynskyi Raion
raion,Вінницький,Vinnytskyi Raion,Vinnytsia Oblast,
hromada,Агрономічна,Ahronomichna,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Вінницька,Vinnytska,Vinnytsia Oblast,Vinnytskyi Raion
city,Вінниця,Vinnytsia,Vinnytsia Oblast,Vinnytskyi Raion
town,Десна,Desna,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Вороновицька,Voronovytska,Vinnytsia Oblast,Vinnytskyi Raion
town,Вороновиця,Voronovytsia,Vinnytsia Oblast,Vinnytskyi Raion
town,Шевченка,Shevchenka,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Гніванська,Hnivanska,Vinnytsia Oblast,Vinnytskyi Raion
city,Гнівань,Hnivan,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Іллінецька,Illinetska,Vinnytsia Oblast,Vinnytskyi Raion
city,Іллінці,Illintsi,Vinnytsia Oblast,Vinnytskyi Raion
town,Хмельове,Khmelove,Vinnytsia Oblast,Vinnytskyi Raion
town,Червоне,Chervone,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Липовецька,Lypovetska,Vinnytsia Oblast,Vinnytskyi Raion
city,Липовець,Lypovets,Vinnytsia Oblast,Vinnytskyi Raion
town,Ксаверівка,Ksaverivka,Vinnytsia Oblast,Vinnytskyi Raion
town,Липовець,Lypovets,Vinnytsia Oblast,Vinnytskyi Raion
town,Пилипенкове,Pylypenkove,Vinnytsia Oblast,Vinnytskyi Raion
town,Підлісне,Pidlisne,Vinnytsia Oblast,Vinnytskyi Raion
town,Ясенецьке,Yasenetske,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Літинська,Litynska,Vinnytsia Oblast,Vinnytskyi Raion
town,Літин,Lityn,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Лука-Мелешківська,Luka-Meleshkivska,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Немирівська,Nemyrivska,Vinnytsia Oblast,Vinnytskyi Raion
city,Немирів,Nemyriv,Vinnytsia Oblast,Vinnytskyi Raion
town,Кароліна,Karolina,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Оратівська,Orativska,Vinnytsia Oblast,Vinnytskyi Raion
town,Оратів,Orativ,Vinnytsia Oblast,Vinnytskyi Raion
town,Озерне,Ozerne,Vinnytsia Oblast,Vinnytskyi Raion
town,Степове,Stepove,Vinnytsia Oblast,Vinnytskyi Raion
town,Чагівське,Chahivske,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Погребищенська,Pohrebyshchenska,Vinnytsia Oblast,Vinnytskyi Raion
city,Погребище,Pohrebyshche,Vinnytsia Oblast,Vinnytskyi Raion
town,Григорівка,Hryhorivka,Vinnytsia Oblast,Vinnytskyi Raion
town,Погребище Друге,Pohrebyshche Druhe,Vinnytsia Oblast,Vinnytskyi Raion
town,Погребище Перше,Pohrebyshche Pershe,Vinnytsia Oblast,Vinnytskyi Raion
town,Філютка,Filiutka,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Стрижавська,Stryzhavska,Vinnytsia Oblast,Vinnytskyi Raion
town,Стрижавка,Stryzhavka,Vinnytsia Oblast,Vinnytskyi Raion
town,Славне,Slavne,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Сутисківська,Sutyskivska,Vinnytsia Oblast,Vinnytskyi Raion
town,Сутиски,Sutysky,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Тиврівська,Tyvrivska,Vinnytsia Oblast,Vinnytskyi Raion
town,Тиврів,Tyvriv,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Турбівська,Turbivska,Vinnytsia Oblast,Vinnytskyi Raion
town,Турбів,Turbiv,Vinnytsia Oblast,Vinnytskyi Raion
town,Мала Біла,Mala Bila,Vinnytsia Oblast,Vinnytskyi Raion
hromada,Якушинецька,Yakushynetska,Vinnytsia Oblast,Vinnytskyi Raion
town,Березина,Berezyna,Vinnytsia Oblast,Vinnytskyi Raion
raion,Гайсинський,Haisynskyi Raion,Vinnytsia Oblast,
hromada,Бершадська,Bershadska,Vinnytsia Oblast,Haisynskyi Raion
city,Бершадь,Bershad,Vinnytsia Oblast,Haisynskyi Raion
town,Партизанське,Partyzanske,Vinnytsia Oblast,Haisynskyi Raion
town,Устя,Ustia,Vinnytsia Oblast,Haisynskyi Raion
town,Яланець,Yalanets,Vinnytsia Oblast,Haisynskyi Raion
hromada,Гайсинська,Haisynska,Vinnytsia Oblast,Haisynskyi Raion
city,Гайсин,Haisyn,Vinnytsia Oblast,Haisynskyi Raion
town,Губник,Hubnyk,Vinnytsia Oblast,Haisynskyi Raion
town,Зятківці,Ziatkivtsi,Vinnytsia Oblast,Haisynskyi Raion
town,Лісна Поляна,Lisna Poliana,Vinnytsia Oblast,Haisynskyi Raion
town,Млинки,Mlynky,Vinnytsia Oblast,Haisynskyi Raion
town,Хороша,Khorosha,Vinnytsia Oblast,Haisynskyi Raion
hromada,Дашівська,Dashivska,Vinnytsia Oblast,Haisynskyi Raion
town,Дашів,Dashiv,Vinnytsia Oblast,Haisynskyi Raion
town,Вербівка,Verbivka,Vinnytsia Oblast,Haisynskyi Raion
town,Криштопівське,Kryshtopivske,Vinnytsia Oblast,Haisynskyi Raion
town,Гадаї,Hadai,Vinnytsia Oblast,Haisynskyi Raion
hromada,Джулинська,Dzhulynska,Vinnytsia Oblast,Haisynskyi Raion
town,Кавкули,Kavkuly,Vinnytsia Oblast,Haisynskyi Raion
hromada,Краснопільська,Krasnopilska,Vinnytsia Oblast,Haisynskyi Raion
town,Дубина,Dubyna,Vinnytsia Oblast,Haisynskyi Raion
hromada,Кунківська,Kunkivska,Vinnytsia Oblast,Haisynskyi Raion
town,Карбівське,Karbivske,Vinnytsia Oblast,Haisynskyi Raion
town,Трубочка,Trubochka,Vinnytsia Oblast,Haisynskyi Raion
hromada,Ладижинська,Ladyzhynska,Vinnytsia Oblast,Haisynskyi Raion
city,Ладижин,Ladyzhyn,Vinnytsia Oblast,Haisynskyi Raion
town,Губник,Hubnyk,Vinnytsia Oblast,Haisynskyi Raion
town,Ружицьке,Ruzhytske,Vinnytsia Oblast,Haisynskyi Raion
hromada,Ободівська,Obodivska,Vinnytsia Oblast,Haisynskyi Raion
town,Верхівське,Verkhivske,Vinnytsia Oblast,Haisynskyi Raion
hromada,Ольгопільська,Olhopilska,Vinnytsia Oblast,Haisynskyi Raion
hromada,Райгородська,Raihorodska,Vinnytsia Oblast,Haisynskyi Raion
town,Ситківці,Sytkivtsi,Vinnytsia Oblast,Haisynskyi Raion
town,Коржів,Korzhiv,Vinnytsia Oblast,Haisynskyi Raion
hromada,Соболівська,Sobolivska,Vinnytsia Oblast,Haisynskyi Raion
hromada,Теплицька,Teplytska,Vinnytsia Oblast,Haisynskyi Raion
town,Теплик,Teplyk,Vinnytsia Oblast,Haisynskyi Raion
town,Кублич,Kublych,Vinnytsia Oblast,Haisynskyi Raion
town,Привітне,Pryvitne,Vinnytsia Oblast,Haisynskyi Raion
town,Розкошівка,Rozkoshivka,Vinnytsia Oblast,Haisynskyi Raion
hromada,Тростянецька,Trostianetska,Vinnytsia Oblast,Haisynskyi Raion
town,Тростянець,Trostianets,Vinnytsia Oblast,Haisynskyi Raion
town,Глибочанське,Hlybochanske,Vinnytsia Oblast,Haisynskyi Raion
town,Демківське,Demkivske,Vinnytsia Oblast,Haisynskyi Raion
town,Довжок,Dovzhok,Vinnytsia Oblast,Haisynskyi Raion
town,Дубина,Dubyna,Vinnytsia Oblast,Haisynskyi Raion
town,Зелений Довжок,Zelenyi Dovzhok,Vinnytsia Oblast,Haisynskyi Raion
town,Ладижинське,Ladyzhynske,Vinnytsia Oblast,Haisynskyi Raion
hromada,Чечельницька,Chechelnytska,Vinnytsia Oblast,Haisynskyi Raion
town,Чечельник,Chechelnyk,Vinnytsia Oblast,Haisynskyi Raion
raion,Жмеринський,Zhmerynskyi Raion,Vinnytsia Oblast,
hromada,Барська,Barska,Vinnytsia Oblast,Zhmerynskyi Raion
city,Бар,Bar,Vinnytsia Oblast,Zhmerynskyi Raion
town,Бар,Bar,Vinnytsia Oblast,Zhmerynskyi Raion
town,Діброва,Dibrova,Vinnytsia Oblast,Zhmerynskyi Raion
town,Івановецьке,Ivanovetske,Vinnytsia Oblast,Zhmerynskyi Raion
town,Котова,Kotova,Vinnytsia Oblast,Zhmerynskyi Raion
town,Лугове,Luhove,Vinnytsia Oblast,Zhmerynskyi Raion
town,Слобода,Sloboda,Vinnytsia Oblast,Zhmerynskyi Raion
hromada,Джуринська,Dzhurynska,Vinnytsia Oblast,Zhmerynskyi Raion
town,Синьожупанники,Synozhupannyky,Vinnytsia Oblast,Zhmerynskyi Raion
hromada,Жмеринська,Zhmerynska,Vinnytsia Oblast,Zhmerynskyi Raion
city,Жмеринка,Zhmerynka,Vinnytsia Oblast,Zhmerynskyi Raion
town,Браїлів,Brailiv,Vinnytsia Oblast,Zhmerynskyi Raion
hromada,Копайгородська,Kopaihorodska,Vinnytsia Oblast,Zhmerynskyi Raion
town,Копайгород,Kopaihorod,Vinnytsia Oblast,Zhmerynskyi Raion
town,Копай,Kopai,Vinnytsia Oblast,Zhmerynskyi Raion
hromada,Мурафська,Murafska,Vinnytsia Oblast,Zhmerynskyi Raion
hromada,Северинівська,Severynivska,Vinnytsia Oblast,Zhmerynskyi Raion
town,Матейкове,Mateikove,Vinnytsia Oblast,Zhmerynskyi Raion
town,Мельники,Melnyky,Vinnytsia Oblast,Zhmerynskyi Raion
town,Хатки,Khatky,Vinnytsia Oblast,Zhmerynskyi Raion
town,Шевченкове,Shevchenkove,Vinnytsia Oblast,Zhmerynskyi Raion
hromada,Станіславчицька,Stanislavchytska,Vinnytsia Oblast,Zhmerynskyi Raion
town,Настасіївка,Nastasiivka,Vinnytsia Oblast,Zhmerynskyi Raion
town,Травневе,Travneve,Vinnytsia Oblast,Zhmerynskyi Raion
hromada,Шаргородська,Sharhorodska,Vinnytsia Oblast,Zhmerynskyi Raion
city,Шаргород,Sharhorod,Vinnytsia Oblast,Zhmerynskyi Raion
town,Лісничівка,Lisnychivka,Vinnytsia Oblast,Zhmerynskyi Raion
town,Лукашівка,Lukashivka,Vinnytsia Oblast,Zhmerynskyi Raion
town,Мишівське,Myshivske,Vinnytsia Oblast,Zhmerynskyi Raion
town,Оліхи,Olikhy,Vinnytsia Oblast,Zhmerynskyi Raion
raion,Могилів-Подільський,Mohyliv-Podilskyi Raion,Vinnytsia Oblast,
hromada,Бабчинецька,Babchynetska,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Степне,Stepne,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
hromada,Вендичанська,Vendychanska,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Вендичани,Vendychany,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Кукавка,Kukavka,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Немерче,Nemerche,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
hromada,Могилів-Подільська,Mohyliv-Podilska,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
city,Могилів-Подільський,Mohyliv-Podilskyi,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Коштуля,Koshtulia,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Криштофівка,Kryshtofivka,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Нова Григорівка,Nova Hryhorivka,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Одая,Odaia,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Сонячне,Soniachne,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
hromada,Мурованокуриловецька,Murovanokurylovetska,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Муровані Курилівці,Murovani Kurylivtsi,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Котюжани,Kotiuzhany,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Малий Обухів,Malyi Obukhiv,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
hromada,Чернівецька,Chernivetska,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Чернівці,Chernivtsi,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Скорячий Яр,Skoriachyi Yar,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Степок,Stepok,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Трактове,Traktove,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Туліїв,Tuliiv,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
town,Ясне,Yasne,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
hromada,Ямпільська,Yampilska,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
city,Ямпіль,Yampil,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
hromada,Яришівська,Yaryshivska,Vinnytsia Oblast,Mohyliv-Podilskyi Raion
raion,Тульчинський,Tulchynskyi Raion,Vinnytsia Oblast,
hromada,Брацлавська,Bratslavska,Vinnytsia Oblast,Tulchynskyi Raion
town,Брацлав,Bratslav,Vinnytsia Oblast,Tulchynskyi Raion
hromada,Вапнярська,Vapniarska,Vinnytsia Oblast,Tulchynskyi Raion
town,Вапнярка,Vapniarka,Vinnytsia Oblast,Tulchynskyi Raion
hromada,Городківська,Horodkivska,Vinnytsia Oblast,Tulchynskyi Raion
town,Вербецьке,Verbetske,Vinnytsia Oblast,Tulchynskyi Raion
town,Горби,Horby,Vinnytsia Oblast,Tulchynskyi Raion
town,Мар’янівське,Marianivske,Vinnytsia Oblast,Tulchynskyi Raion
town,Рудник,Rudnyk,Vinnytsia Oblast,Tulchynskyi Raion
town,Суха Долина,Sukha Dolyna,Vinnytsia Oblast,Tulchynskyi Raion
town,Файгород,Faihorod,Vinnytsia Oblast,Tulchynskyi Raion
hromada,Крижопільська,Kryzhopilska,Vinnytsia Oblast,Tulchynskyi Raion
town,Крижопіль,Kryzhopil,Vinnytsia Oblast,Tulchynskyi Raion
town,Вигода,Vyhoda,Vinnytsia Oblast,Tulchynskyi Raion
hromada,Піщанська,Pishchanska,Vinnytsia Oblast,Tulchynskyi Raion
town,Піщанка,Pishchanka,Vinnytsia Oblast,Tulchynskyi Raion
town,Рудниця,Rudnytsia,Vinnytsia Oblast,Tulchynskyi Raion
town,Миколаївка,Mykolaivka,Vinnytsia Oblast,Tulchynskyi Raion
town,Попелюхи,Popeliukhy,Vinnytsia Oblast,Tulchynskyi Raion
town,Трудове,Trudove,Vinnytsia Oblast,Tulchynskyi Raion
hromada,Студенянська,Studenianska,Vinnytsia Oblast,Tulchynskyi Raion
town,Козацьке,Kozatske,Vinnytsia Oblast,Tulchynskyi Raion
town,Палійове,Paliiove,Vinnytsia Oblast,Tulchynskyi Raion
town,П’ятихатка,Piatykhatka,Vinnytsia Oblast,Tulchynskyi Raion
town,Чабанове,Chabanove,Vinnytsia Oblast,Tulchynskyi Raion
town,Червона Поляна,Chervona Poliana,Vinnytsia Oblast,Tulchynskyi Raion
hromada,Томашпільська,Tomashpilska,Vinnytsia Oblast,Tulchynskyi Raion
town,Томашпіль,Tomashpil,Vinnytsia Oblast,Tulchynskyi Raion
town,Горишківське,Horyshkivske,Vinnytsia Oblast,Tulchynskyi Raion
town,Комаргородське,Komarhorodske,Vinnytsia Oblast,Tulchynskyi Raion
hromada,Тульчинська,Tulchynska,Vinnytsia Oblast,Tulchynskyi Raion
city,Тульчин,Tulchyn,Vinnytsia Oblast,Tulchynskyi Raion
town,Кирнасівка,Kyrnasivka,Vinnytsia Oblast,Tulchynskyi Raion
town,Гуральня,Huralnia,Vinnytsia Oblast,Tulchynskyi Raion
town,Капки,Kapky,Vinnytsia Oblast,Tulchynskyi Raion
town,Маркове,Markove,Vinnytsia Oblast,Tulchynskyi Raion
town,Кільтява,Kiltiava,Vinnytsia Oblast,Tulchynskyi Raion
town,Улянівка,Ulianivka,Vinnytsia Oblast,Tulchynskyi Raion
town,Федьківка,Fedkivka,Vinnytsia Oblast,Tulchynskyi Raion
town,Хмельницьке,Khmelnytske,Vinnytsia Oblast,Tulchynskyi Raion
town,Щурі,Shchuri,Vinnytsia Oblast,Tulchynskyi Raion
hromada,Шпиківська,Shpykivska,Vinnytsia Oblast,Tulchynskyi Raion
town,Шпиків,Shpykiv,Vinnytsia Oblast,Tulchynskyi Raion
town,Гута-Бушинська,Huta-Bushynska,Vinnytsia Oblast,Tulchynskyi Raion
town,Соснівка,Sosnivka,Vinnytsia Oblast,Tulchynskyi Raion
town,Юліямпільське,Yuliiampilske,Vinnytsia Oblast,Tulchynskyi Raion
raion,Хмільницький,Khmilnytskyi Raion,Vinnytsia Oblast,
hromada,Глуховецька,Hlukhovetska,Vinnytsia Oblast,Khmilnytskyi Raion
town,Глухівці,Hlukhivtsi,Vinnytsia Oblast,Khmilnytskyi Raion
town,Бродецьке,Brodetske,Vinnytsia Oblast,Khmilnytskyi Raion
town,Глухівці,Hlukhivtsi,Vinnytsia Oblast,Khmilnytskyi Raion
town,Дубина,Dubyna,Vinnytsia Oblast,Khmilnytskyi Raion
hromada,Жданівська,Zhdanivska,Vinnytsia Oblast,Khmilnytskyi Raion
hromada,Іванівська,Ivanivska,Vinnytsia Oblast,Khmilnytskyi Raion
town,Матяшівка,Matiashivka,Vinnytsia Oblast,Khmilnytskyi Raion
hromada,Калинівська,Kalynivska,Vinnytsia Oblast,Khmilnytskyi Raion
city,Калинівка,Kalynivka,Vinnytsia Oblast,Khmilnytskyi Raion
town,Гулівці,Hulivtsi,Vinnytsia Oblast,Khmilnytskyi Raion
town,Калинівка Друга,Kalynivka Druha,Vinnytsia Oblast,Khmilnytskyi Raion
town,Постолове,Postolove,Vinnytsia Oblast,Khmilnytskyi Raion
town,Рівнинне,Rivnynne,Vinnytsia Oblast,Khmilnytskyi Raion
town,Яблуневе,Yabluneve,Vinnytsia Oblast,Khmilnytskyi Raion
hromada,Козятинська,Koziatynska,Vinnytsia Oblast,Khmilnytskyi Raion
city,Козятин,Koziatyn,Vinnytsia Oblast,Khmilnytskyi Raion
town,Залізничне,Zaliznychne,Vinnytsia Oblast,Khmilnytskyi Raion
hromada,Махнівська,Makhnivska,Vinnytsia Oblast,Khmilnytskyi Raion
town,Садове,Sadove,Vinnytsia Oblast,Khmilnytskyi Raion
hromada,Самгородоцька,Samhorodotska,Vinnytsia Oblast,Khmilnytskyi Raion
hromada,Уланівська,Ulanivska,Vinnytsia Oblast,Khmilnytskyi Raion
town,Кустовецьке,Kustovetske,Vinnytsia Oblast,Khmilnytskyi Raion
hromada,Хмільницька,Khmilnytska,Vinnytsia Oblast,Khmilnytskyi Raion
city,Хмільник,Khmilnyk,Vinnytsia Oblast,Khmilnytskyi Raion
town,Красносілка,Krasnosilka,Vinnytsia Oblast,Khmilnytskyi Raion
raion,Володимирський,Volodymyrskyi Raion,Volyn Oblast,
hromada,Володимир-Волинська,Volodymyr-Volynska,Volyn Oblast,Volodymyrskyi Raion
city,Володимир,Volodymyr,Volyn Oblast,Volodymyrskyi Raion
hromada,Затурцівська,Zaturtsivska,Volyn Oblast,Volodymyrskyi Raion
hromada,Зимнівська,Zymnivska,Volyn Oblast,Volodymyrskyi Raion
hromada,Іваничівська,Ivanychivska,Volyn Oblast,Volodymyrskyi Raion
town,Іваничі,Ivanychi,Volyn Oblast,Volodymyrskyi Raion
hromada,Литовезька,Lytovezka,Volyn Oblast,Volodymyrskyi Raion
hromada,Локачинська,Lokachynska,Volyn Oblast,Volodymyrskyi Raion
town,Локачі,Lokachi,Volyn Oblast,Volodymyrskyi Raion
hromada,Нововолинська,Novovolynska,Volyn Oblast,Volodymyrskyi Raion
city,Нововолинськ,Novovolynsk,Volyn Oblast,Volodymyrskyi Raion
town,Благодатне,Blahodatne,Volyn Oblast,Volodymyrskyi Raion
hromada,Оваднівська,Ovadnivska,Volyn Oblast,Volodymyrskyi Raion
hromada,Павлівська,Pavlivska,Volyn Oblast,Volodymyrskyi Raion
hromada,Поромівська,Poromivska,Volyn Oblast,Volodymyrskyi Raion
hromada,Устилузька,Ustyluzka,Volyn Oblast,Volodymyrskyi Raion
city,Устилуг,Ustyluh,Volyn Oblast,Volodymyrskyi Raion
raion,Камінь-Каширський,Kamin-Kashyrskyi Raion,Volyn Oblast,
hromada,Камінь-Каширська,Kamin-Kashyrska,Volyn Oblast,Kamin-Kashyrskyi Raion
city,Камінь-Каширський,Kamin-Kashyrskyi,Volyn Oblast,Kamin-Kashyrskyi Raion
hromada,Любешівська,Liubeshivska,Volyn Oblast,Kamin-Kashyrskyi Raion
town,Любешів,Liubeshiv,Volyn Oblast,Kamin-Kashyrskyi Raion
hromada,Маневицька,Manevytska,Volyn Oblast,Kamin-Kashyrskyi Raion
town,Маневичі,Manevychi,Volyn Oblast,Kamin-Kashyrskyi Raion
hromada,Прилісненська,Prylisnenska,Volyn Oblast,Kamin-Kashyrskyi Raion
hromada,Сошичненська,Soshychnenska,Volyn Oblast,Kamin-Kashyrskyi Raion
raion,Ковельський,Kovelskyi Raion,Volyn Oblast,
hromada,Велимченська,Velymchenska,Volyn Oblast,Kovelskyi Raion
hromada,Велицька,Velytska,Volyn Oblast,Kovelskyi Raion
hromada,Вишнівська,Vyshnivska,Volyn Oblast,Kovelskyi Raion
hromada,Голобська,Holobska,Volyn Oblast,Kovelskyi Raion
town,Голоби,Holoby,Volyn Oblast,Kovelskyi Raion
hromada,Головненська,Holovnenska,Volyn Oblast,Kovelskyi Raion
town,Головне,Holovne,Volyn Oblast,Kovelskyi Raion
hromada,Дубечненська,Dubechnenska,Volyn Oblast,Kovelskyi Raion
hromada,Дубівська,Dubivska,Volyn Oblast,Kovelskyi Raion
hromada,Заболоттівська,Zabolottivska,Volyn Oblast,Kovelskyi Raion
town,Заболоття,Zabolottia,Volyn Oblast,Kovelskyi Raion
hromada,Забродівська,Zabrodivska,Volyn Oblast,Kovelskyi Raion
hromada,Ковельська,Kovelska,Volyn Oblast,Kovelskyi Raion
city,Ковель,Kovel,Volyn Oblast,Kovelskyi Raion
hromada,Колодяжненська,Kolodiazhnenska,Volyn Oblast,Kovelskyi Raion
hromada,Луківська,Lukivska,Volyn Oblast,Kovelskyi Raion
town,Луків,Lukiv,Volyn Oblast,Kovelskyi Raion
hromada,Люблинецька,Liublynetska,Volyn Oblast,Kovelskyi Raion
town,Люблинець,Liublynets,Volyn Oblast,Kovelskyi Raion
hromada,Любомльська,Liubomlska,Volyn Oblast,Kovelskyi Raion
city,Любомль,Liuboml,Volyn Oblast,Kovelskyi Raion
hromada,Поворська,Povorska,Volyn Oblast,Kovelskyi Raion
hromada,Ратнівська,Ratnivska,Volyn Oblast,Kovelskyi Raion
town,Ратне,Ratne,Volyn Oblast,Kovelskyi Raion
hromada,Рівненська,Rivnenska,Volyn Oblast,Kovelskyi Raion
hromada,Самарівська,Samarivska,Volyn Oblast,Kovelskyi Raion
hromada,Сереховичівська,Serekhovychivska,Volyn Oblast,Kovelskyi Raion
hromada,Смідинська,Smidynska,Volyn Oblast,Kovelskyi Raion
hromada,Старовижівська,Starovyzhivska,Volyn Oblast,Kovelskyi Raion
town,Стара Вижівка,Stara Vyzhivka,Volyn Oblast,Kovelskyi Raion
hromada,Турійська,Turiiska,Volyn Oblast,Kovelskyi Raion
town,Турійськ,Turiisk,Volyn Oblast,Kovelskyi Raion
hromada,Шацька,Shatska,Volyn Oblast,Kovelskyi Raion
town,Шацьк,Shatsk,Volyn Oblast,Kovelskyi Raion
raion,Луцький,Lutskyi Raion,Volyn Oblast,
hromada,Берестечківська,Berestechkivska,Volyn Oblast,Lutskyi Raion
city,Берестечко,Berestechko,Volyn Oblast,Lutskyi Raion
hromada,Боратинська,Boratynska,Volyn Oblast,Lutskyi Raion
hromada,Городищенська,Horodyshchenska,Volyn Oblast,Lutskyi Raion
town,Сенкевичівка,Senkevychivka,Volyn Oblast,Lutskyi Raion
hromada,Горохівська,Horokhivska,Volyn Oblast,Lutskyi Raion
city,Горохів,Horokhiv,Volyn Oblast,Lutskyi Raion
hromada,Доросинівська,Dorosynivska,Volyn Oblast,Lutskyi Raion
hromada,Ківерцівська,Kivertsivska,Volyn Oblast,Lutskyi Raion
city,Ківерці,Kivertsi,Volyn Oblast,Lutskyi Raion
hromada,Колківська,Kolkivska,Volyn Oblast,Lutskyi Raion
town,Колки,Kolky,Volyn Oblast,Lutskyi Raion
hromada,Копачівська,Kopachivska,Volyn Oblast,Lutskyi Raion
hromada,Луцька,Lutska,Volyn Oblast,Lutskyi Raion
city,Луцьк,Lutsk,Volyn Oblast,Lutskyi Raion
town,Рокині,Rokyni,Volyn Oblast,Lutskyi Raion
hromada,Мар’янівська,Marianivska,Volyn Oblast,Lutskyi Raion
town,Мар’янівка,Marianivka,Volyn Oblast,Lutskyi Raion
hromada,Олицька,Olytska,Volyn Oblast,Lutskyi Raion
city,Олика,Olyka,Volyn Oblast,Lutskyi Raion
hromada,Підгайцівська,Pidhaitsivska,Volyn Oblast,Lutskyi Raion
hromada,Рожищенська,Rozhyshchenska,Volyn Oblast,Lutskyi Raion
city,Рожище,Rozhyshche,Volyn Oblast,Lutskyi Raion
town,Дубище,Dubyshche,Volyn Oblast,Lutskyi Raion
hromada,Торчинська,Torchynska,Volyn Oblast,Lutskyi Raion
town,Торчин,Torchyn,Volyn Oblast,Lutskyi Raion
hromada,Цуманська,Tsumanska,Volyn Oblast,Lutskyi Raion
town,Цумань,Tsuman,Volyn Oblast,Lutskyi Raion
raion,Дніпровський,Dniprovskyi Raion,Dnipropetrovsk Oblast,
hromada,Дніпровська,Dniprovska,Dnipropetrovsk Oblast,Dniprovskyi Raion
city,Дніпро,Dnipro,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Авіаторське,Aviatorske,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Китайгородська,Kytaihorodska,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Любимівська,Liubymivska,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Ляшківська,Liashkivska,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Миколаївська,Mykolaivska,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Титорове,Tytorove,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Шевченко,Shevchenko,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Могилівська,Mohylivska,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Молодіжне,Molodizhne,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Новоолександрівська,Novooleksandrivska,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Дослідне,Doslidne,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Новопокровська,Novopokrovska,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Новопокровка,Novopokrovka,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Тихе,Tykhe,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Обухівська,Obukhivska,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Обухівка,Obukhivka,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Миколаївка,Mykolaivka,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Петриківська,Petrykivska,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Петриківка,Petrykivka,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Курилівка,Kurylivka,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Підгородненська,Pidhorodnenska,Dnipropetrovsk Oblast,Dniprovskyi Raion
city,Підгородне,Pidhorodne,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Святовасилівська,Sviatovasylivska,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Святовасилівка,Sviatovasylivka,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Незабудине,Nezabudyne,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Слобожанська,Slobozhanska,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Слобожанське,Slobozhanske,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Солонянська,Solonianska,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Солоне,Solone,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Надіївка,Nadiivka,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Сурсько-Литовська,Sursko-Lytovska,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Царичанська,Tsarychanska,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Царичанка,Tsarychanka,Dnipropetrovsk Oblast,Dniprovskyi Raion
hromada,Чумаківська,Chumakivska,Dnipropetrovsk Oblast,Dniprovskyi Raion
town,Зоря,Zoria,Dnipropetrovsk Oblast,Dniprovskyi Raion
raion,Кам’янський,Kamianskyi Raion,Dnipropetrovsk Oblast,
hromada,Божедарівська,Bozhedarivska,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Божедарівка,Bozhedarivka,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Милорадівка,Myloradivka,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Сорокопанівка,Sorokopanivka,Dnipropetrovsk Oblast,Kamianskyi Raion
hromada,Верхівцівська,Verkhivtsivska,Dnipropetrovsk Oblast,Kamianskyi Raion
city,Верхівцеве,Verkhivtseve,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Соколівка,Sokolivka,Dnipropetrovsk Oblast,Kamianskyi Raion
hromada,Верхньодніпровська,Verkhnodniprovska,Dnipropetrovsk Oblast,Kamianskyi Raion
city,Верхньодніпровськ,Verkhnodniprovsk,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Дніпровське,Dniprovske,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Новомиколаївка,Novomykolaivka,Dnipropetrovsk Oblast,Kamianskyi Raion
hromada,Вишнівська,Vyshnivska,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Вишневе,Vyshneve,Dnipropetrovsk Oblast,Kamianskyi Raion
hromada,Вільногірська,Vilnohirska,Dnipropetrovsk Oblast,Kamianskyi Raion
city,Вільногірськ,Vilnohirsk,Dnipropetrovsk Oblast,Kamianskyi Raion
hromada,Жовтоводська,Zhovtovodska,Dnipropetrovsk Oblast,Kamianskyi Raion
city,Жовті Води,Zhovti Vody,Dnipropetrovsk Oblast,Kamianskyi Raion
hromada,Затишнянська,Zatyshnianska,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Гранітне,Hranitne,Dnipropetrovsk Oblast,Kamianskyi Raion
hromada,Кам’янська,Kamianska,Dnipropetrovsk Oblast,Kamianskyi Raion
city,Кам’янське,Kamianske,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Карнаухівка,Karnaukhivka,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Світле,Svitle,Dnipropetrovsk Oblast,Kamianskyi Raion
hromada,Криничанська,Krynychanska,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Кринички,Krynychky,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Аули,Auly,Dnipropetrovsk Oblast,Kamianskyi Raion
hromada,Лихівська,Lykhivska,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Лихівка,Lykhivka,Dnipropetrovsk Oblast,Kamianskyi Raion
hromada,П’ятихатська,Piatykhatska,Dnipropetrovsk Oblast,Kamianskyi Raion
city,П’ятихатки,Piatykhatky,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Авангард,Avanhard,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Вершинне,Vershynne,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Зелене,Zelene,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Зоря,Zoria,Dnipropetrovsk Oblast,Kamianskyi Raion
town,Мирне,Myrne,Dnipropetrovsk Oblast,Kamianskyi Raion
hromada,Саксаганська,Saksahanska,Dnipropetrovsk Oblast,Kamianskyi Raion
raion,Криворізький,Kryvorizkyi Raion,Dnipropetrovsk Oblast,
hromada,Апостолівська,Apostolivska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
city,Апостолове,Apostolove,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Жовте,Zhovte,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Українка,Ukrainka,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Вакулівська,Vakulivska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Глеюватська,Hleiuvatska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Рудничне,Rudnychne,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Гречаноподівська,Hrechanopodivska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Грушівська,Hrushivska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Гранітне,Hranitne,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Тік,Tik,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Токівське,Tokivske,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Вільний Запорожець,Vilnyi Zaporozhets,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Девладівська,Devladivska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Зеленодольська,Zelenodolska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
city,Зеленодольськ,Zelenodolsk,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Карпівська,Karpivska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Криворізька,Kryvorizka,Dnipropetrovsk Oblast,Kryvorizkyi Raion
city,Кривий Ріг,Kryvyi Rih,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Авангард,Avanhard,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Гірницьке,Hirnytske,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Коломійцеве,Kolomiitseve,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Лозуватська,Lozuvatska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Христофорівка,Khrystoforivka,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Мусіївка,Musiivka,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Червона Поляна,Chervona Poliana,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Нивотрудівська,Nyvotrudivska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Новолатівська,Novolativska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Новопільська,Novopilska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Радушне,Radushne,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Лісопитомник,Lisopytomnyk,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Нові Садки,Novi Sadky,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Пичугине,Pychuhyne,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Софіївська,Sofiivska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Софіївка,Sofiivka,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Лошкарівка,Loshkarivka,Dnipropetrovsk Oblast,Kryvorizkyi Raion
hromada,Широківська,Shyrokivska,Dnipropetrovsk Oblast,Kryvorizkyi Raion
town,Широке,Shyroke,Dnipropetrovsk Oblast,Kryvorizkyi Raion
raion,Нікопольський,Nikopolskyi Raion,Dnipropetrovsk Oblast,
hromada,Марганецька,Marhanetska,Dnipropetrovsk Oblast,Nikopolskyi Raion
city,Марганець,Marhanets,Dnipropetrovsk Oblast,Nikopolskyi Raion
town,Мар’ївка,Marivka,Dnipropetrovsk Oblast,Nikopolskyi Raion
town,Максимівка,Maksymivka,Dnipropetrovsk Oblast,Nikopolskyi Raion
hromada,Мирівська,Myrivska,Dnipropetrovsk Oblast,Nikopolskyi Raion
hromada,Нікопольська,Nikopolska,Dnipropetrovsk Oblast,Nikopolskyi Raion
city,Нікополь,Nikopol,Dnipropetrovsk Oblast,Nikopolskyi Raion
hromada,Першотравневська,Pershotravnevska,Dnipropetrovsk Oblast,Nikopolskyi Raion
hromada,Покровська,Pokrovska,Dnipropetrovsk Oblast,Nikopolskyi Raion
city,Покров,Pokrov,Dnipropetrovsk Oblast,Nikopolskyi Raion
town,Гірницьке,Hirnytske,Dnipropetrovsk Oblast,Nikopolskyi Raion
town,Чортомлик,Chortomlyk,Dnipropetrovsk Oblast,Nikopolskyi Raion
hromada,Покровська,Pokrovska,Dnipropetrovsk Oblast,Nikopolskyi Raion
hromada,Томаківська,Tomakivska,Dnipropetrovsk Oblast,Nikopolskyi Raion
town,Томаківка,Tomakivka,Dnipropetrovsk Oblast,Nikopolskyi Raion
hromada,Червоногригорівська,Chervonohryhorivska,Dnipropetrovsk Oblast,Nikopolskyi Raion
town,Червоногригорівка,Chervonohryhorivka,Dnipropetrovsk Oblast,Nikopolskyi Raion
raion,Самарівський,Samarivskyi Raion,Dnipropetrovsk Oblast,
hromada,Губиниська,Hubynyska,Dnipropetrovsk Oblast,Samarivskyi Raion
town,Губиниха,Hubynykha,Dnipropetrovsk Oblast,Samarivskyi Raion
town,Мирне,Myrne,Dnipropetrovsk Oblast,Samarivskyi Raion
hromada,Личківська,Lychkivska,Dnipropetrovsk Oblast,Samarivskyi Raion
town,Приорільське,Pryorilske,Dnipropetrovsk Oblast,Samarivskyi Raion
hromada,Магдалинівська,Mahdalynivska,Dnipropetrovsk Oblast,Samarivskyi Raion
town,Магдалинівка,Mahdalynivka,Dnipropetrovsk Oblast,Samarivskyi Raion
hromada,Новомосковська,Novomoskovska,Dnipropetrovsk Oblast,Samarivskyi Raion
city,Самар,Samar,Dnipropetrovsk Oblast,Samarivskyi Raion
hromada,Перещепинська,Pereshchepynska,Dnipropetrovsk Oblast,Samarivskyi Raion
city,Перещепине,Pereshchepyne,Dnipropetrovsk Oblast,Samarivskyi Raion
town,Вишневе,Vyshneve,Dnipropetrovsk Oblast,Samarivskyi Raion
town,Кільчень,Kilchen,Dnipropetrovsk Oblast,Samarivskyi Raion
town,Миролюбівка,Myroliubivka,Dnipropetrovsk Oblast,Samarivskyi Raion
hromada,Піщанська,Pishchanska,Dnipropetrovsk Oblast,Samarivskyi Raion
town,Меліоративне,Melioratyvne,Dnipropetrovsk Oblast,Samarivskyi Raion
hromada,Черкаська,Cherkaska,Dnipropetrovsk Oblast,Samarivskyi Raion
town,Черкаське,Cherkaske,Dnipropetrovsk Oblast,Samarivskyi Raion
town,Зарічне,Zarichne,Dnipropetrovsk Oblast,Samarivskyi Raion
hromada,Чернеччинська,Chernechchynska,Dnipropetrovsk Oblast,Samarivskyi Raion
raion,Павлоградський,Pavlohradskyi Raion,Dnipropetrovsk Oblast,
hromada,Богданівська,Bohdanivska,Dnipropetrovsk Oblast,Pavlohradskyi Raion
hromada,Вербківська,Verbkivska,Dnipropetrovsk Oblast,Pavlohradskyi Raion
hromada,Межиріцька,Mezhyritska,Dnipropetrovsk Oblast,Pavlohradskyi Raion
hromada,Павлоградська,Pavlohradska,Dnipropetrovsk Oblast,Pavlohradskyi Raion
city,Павлоград,Pavlohrad,Dnipropetrovsk Oblast,Pavlohradskyi Raion
hromada,Тернівська,Ternivska,Dnipropetrovsk Oblast,Pavlohradskyi Raion
city,Тернівка,Ternivka,Dnipropetrovsk Oblast,Pavlohradskyi Raion
hromada,Троїцька,Troitska,Dnipropetrovsk Oblast,Pavlohradskyi Raion
hromada,Юр’ївська,Yurivska,Dnipropetrovsk Oblast,Pavlohradskyi Raion
town,Юріївка,Yuriivka,Dnipropetrovsk Oblast,Pavlohradskyi Raion
town,Жемчужне,Zhemchuzhne,Dnipropetrovsk Oblast,Pavlohradskyi Raion
raion,Синельниківський,Synelnykivskyi Raion,Dnipropetrovsk Oblast,
hromada,Брагинівська,Brahynivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Васильківська,Vasylkivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Васильківка,Vasylkivka,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Письменне,Pysmenne,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Великомихайлівська,Velykomykhailivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Дубовиківська,Dubovykivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Чаплине,Chaplyne,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Зайцівська,Zaitsivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Іларіонівська,Ilarionivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Яворницьке,Yavornytske,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Сад,Sad,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Добричі,Dobrychi,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Степове,Stepove,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Хорошеве,Khorosheve,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Шахтарське,Shakhtarske,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Маломихайлівська,Malomykhailivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Просяна,Prosiana,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Межівська,Mezhivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Межова,Mezhova,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Демурине,Demuryne,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Миколаївська,Mykolaivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Васильківське,Vasylkivske,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Новопавлівська,Novopavlivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Першотравенська,Pershotravenska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
city,Шахтарське,Shakhtarske,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Петропавлівська,Petropavlivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Петропавлівка,Petropavlivka,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Залізничне,Zaliznychne,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Покровська,Pokrovska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Покровське,Pokrovske,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Раївська,Raivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Роздорська,Rozdorska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Роздори,Rozdory,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Вишневецьке,Vyshnevetske,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Синельниківська,Synelnykivska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
city,Синельникове,Synelnykove,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Славгородська,Slavhorodska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Славгород,Slavhorod,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Слов’янська,Slovianska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
hromada,Українська,Ukrainska,Dnipropetrovsk Oblast,Synelnykivskyi Raion
town,Українське,Ukrainske,Dnipropetrovsk Oblast,Synelnykivskyi Raion
raion,Бахмутський,Bakhmutskyi Raion,Donetsk Oblast,
hromada,Бахмутська,Bakhmutska,Donetsk Oblast,Bakhmutskyi Raion
city,Бахмут,Bakhmut,Donetsk Oblast,Bakhmutskyi Raion
town,Красна Гора,Krasna Hora,Donetsk Oblast,Bakhmutskyi Raion
town,Зеленопілля,Zelenopillia,Donetsk Oblast,Bakhmutskyi Raion
town,Опитне,Opytne,Donetsk Oblast,Bakhmutskyi Raion
town,Хромове,Khromove,Donetsk Oblast,Bakhmutskyi Raion
town,Ягідне,Yahidne,Donetsk Oblast,Bakhmutskyi Raion
hromada,Званівська,Zvanivska,Donetsk Oblast,Bakhmutskyi Raion
hromada,Світлодарська,Svitlodarska,Donetsk Oblast,Bakhmutskyi Raion
city,Світлодарськ,Svitlodarsk,Donetsk Oblast,Bakhmutskyi Raion
town,Зайцеве,Zaitseve,Donetsk Oblast,Bakhmutskyi Raion
town,Луганське,Luhanske,Donetsk Oblast,Bakhmutskyi Raion
town,Миронівський,Myronivskyi,Donetsk Oblast,Bakhmutskyi Raion
town,Гладосове,Hladosove,Donetsk Oblast,Bakhmutskyi Raion
town,Доломітне,Dolomitne,Donetsk Oblast,Bakhmutskyi Raion
town,Новолуганське,Novoluhanske,Donetsk Oblast,Bakhmutskyi Raion
town,Роти,Roty,Donetsk Oblast,Bakhmutskyi Raion
town,Травневе,Travneve,Donetsk Oblast,Bakhmutskyi Raion
hromada,Сіверська,Siverska,Donetsk Oblast,Bakhmutskyi Raion
city,Сіверськ,Siversk,Donetsk Oblast,Bakhmutskyi Raion
hromada,Соледарська,Soledarska,Donetsk Oblast,Bakhmutskyi Raion
city,Соледар,Soledar,Donetsk Oblast,Bakhmutskyi Raion
town,Виїмка,Vyimka,Donetsk Oblast,Bakhmutskyi Raion
town,Нагірне,Nahirne,Donetsk Oblast,Bakhmutskyi Raion
town,Підгородне,Pidhorodne,Donetsk Oblast,Bakhmutskyi Raion
town,Спірне,Spirne,Donetsk Oblast,Bakhmutskyi Raion
hromada,Торецька,Toretska,Donetsk Oblast,Bakhmutskyi Raion
city,Торецьк,Toretsk,Donetsk Oblast,Bakhmutskyi Raion
city,Залізне,Zalizne,Donetsk Oblast,Bakhmutskyi Raion
town,Курдюмівка,Kurdiumivka,Donetsk Oblast,Bakhmutskyi Raion
town,Неліпівка,Nelipivka,Donetsk Oblast,Bakhmutskyi Raion
town,Нью-Йорк,Niu-York,Donetsk Oblast,Bakhmutskyi Raion
town,Новоспаське,Novospaske,Donetsk Oblast,Bakhmutskyi Raion
town,Південне,Pivdenne,Donetsk Oblast,Bakhmutskyi Raion
town,Північне,Pivnichne,Donetsk Oblast,Bakhmutskyi Raion
town,Щербинівка,Shcherbynivka,Donetsk Oblast,Bakhmutskyi Raion
town,Валентинівка,Valentynivka,Donetsk Oblast,Bakhmutskyi Raion
town,Дачне,Dachne,Donetsk Oblast,Bakhmutskyi Raion
town,Диліївка,Dyliivka,Donetsk Oblast,Bakhmutskyi Raion
town,Дружба,Druzhba,Donetsk Oblast,Bakhmutskyi Raion
town,Кримське,Krymske,Donetsk Oblast,Bakhmutskyi Raion
town,Озарянівка,Ozarianivka,Donetsk Oblast,Bakhmutskyi Raion
town,Суха Балка,Sukha Balka,Donetsk Oblast,Bakhmutskyi Raion
town,Шуми,Shumy,Donetsk Oblast,Bakhmutskyi Raion
hromada,Часовоярська,Chasovoiarska,Donetsk Oblast,Bakhmutskyi Raion
city,Часів Яр,Chasiv Yar,Donetsk Oblast,Bakhmutskyi Raion
town,Калинівка,Kalynivka,Donetsk Oblast,Bakhmutskyi Raion
raion,Волноваський,Volnovaskyi Raion,Donetsk Oblast,
hromada,Великоновосілківська,Velykonovosilkivska,Donetsk Oblast,Volnovaskyi Raion
town,Велика Новосілка,Velyka Novosilka,Donetsk Oblast,Volnovaskyi Raion
town,Благодатне,Blahodatne,Donetsk Oblast,Volnovaskyi Raion
town,Золота Нива,Zolota Nyva,Donetsk Oblast,Volnovaskyi Raion
town,Одрадне,Odradne,Donetsk Oblast,Volnovaskyi Raion
town,Роздольне,Rozdolne,Donetsk Oblast,Volnovaskyi Raion
town,Розлив,Rozlyv,Donetsk Oblast,Volnovaskyi Raion
town,Урожайне,Urozhaine,Donetsk Oblast,Volnovaskyi Raion
town,Ясна Поляна,Yasna Poliana,Donetsk Oblast,Volnovaskyi Raion
hromada,Волноваська,Volnovaska,Donetsk Oblast,Volnovaskyi Raion
city,Волноваха,Volnovakha,Donetsk Oblast,Volnovaskyi Raion
town,Донське,Donske,Donetsk Oblast,Volnovaskyi Raion
hromada,Вугледарська,Vuhledarska,Donetsk Oblast,Volnovaskyi Raion
city,Вугледар,Vuhledar,Donetsk Oblast,Volnovaskyi Raion
hromada,Комарська,Komarska,Donetsk Oblast,Volnovaskyi Raion
town,Бурлацьке,Burlatske,Donetsk Oblast,Volnovaskyi Raion
town,Зелений Гай,Zelenyi Hai,Donetsk Oblast,Volnovaskyi Raion
town,Комишуваха,Komyshuvakha,Donetsk Oblast,Volnovaskyi Raion
town,Перебудова,Perebudova,Donetsk Oblast,Volnovaskyi Raion
town,Шевченко,Shevchenko,Donetsk Oblast,Volnovaskyi Raion
hromada,Мирненська,Myrnenska,Donetsk Oblast,Volnovaskyi Raion
town,Мирне,Myrne,Donetsk Oblast,Volnovaskyi Raion
town,Андріївка,Andriivka,Donetsk Oblast,Volnovaskyi Raion
town,Бахчовик,Bakhchovyk,Donetsk Oblast,Volnovaskyi Raion
town,Дружне,Druzhne,Donetsk Oblast,Volnovaskyi Raion
town,Маловодне,Malovodne,Donetsk Oblast,Volnovaskyi Raion
town,Обільне,Obilne,Donetsk Oblast,Volnovaskyi Raion
hromada,Ольгинська,Olhynska,Donetsk Oblast,Volnovaskyi Raion
town,Ольгинка,Olhynka,Donetsk Oblast,Volnovaskyi Raion
town,Благодатне,Blahodatne,Donetsk Oblast,Volnovaskyi Raion
town,Володимирівка,Volodymyrivka,Donetsk Oblast,Volnovaskyi Raion
town,Графське,Hrafske,Donetsk Oblast,Volnovaskyi Raion
town,Новотроїцьке,Novotroitske,Donetsk Oblast,Volnovaskyi Raion
hromada,Старомлинівська,Staromlynivska,Donetsk Oblast,Volnovaskyi Raion
town,Керменчик,Kermenchyk,Donetsk Oblast,Volnovaskyi Raion
town,Ключове,Kliuchove,Donetsk Oblast,Volnovaskyi Raion
town,Новодонецьке,Novodonetske,Donetsk Oblast,Volnovaskyi Raion
hromada,Хлібодарівська,Khlibodarivska,Donetsk Oblast,Volnovaskyi Raion
town,Зачатівка,Zachativka,Donetsk Oblast,Volnovaskyi Raion
raion,Горлівський,Horlivskyi Raion,Donetsk Oblast,
hromada,Вуглегірська,Vuhlehirska,Donetsk Oblast,Horlivskyi Raion
city,Вуглегірськ,Vuhlehirsk,Donetsk Oblast,Horlivskyi Raion
town,Булавинське,Bulavynske,Donetsk Oblast,Horlivskyi Raion
town,Олександрівське,Oleksandrivske,Donetsk Oblast,Horlivskyi Raion
town,Оленівка,Olenivka,Donetsk Oblast,Horlivskyi Raion
town,Ольховатка,Olkhovatka,Donetsk Oblast,Horlivskyi Raion
town,Прибережне,Pryberezhne,Donetsk Oblast,Horlivskyi Raion
town,Булавине,Bulavyne,Donetsk Oblast,Horlivskyi Raion
town,Грозне,Hrozne,Donetsk Oblast,Horlivskyi Raion
town,Данилове,Danylove,Donetsk Oblast,Horlivskyi Raion
town,Іллінка,Illinka,Donetsk Oblast,Horlivskyi Raion
town,Кам’янка,Kamianka,Donetsk Oblast,Horlivskyi Raion
town,Каютине,Kaiutyne,Donetsk Oblast,Horlivskyi Raion
town,Рідкодуб,Ridkodub,Donetsk Oblast,Horlivskyi Raion
town,Савелівка,Savelivka,Donetsk Oblast,Horlivskyi Raion
town,Ступакове,Stupakove,Donetsk Oblast,Horlivskyi Raion
hromada,Горлівська,Horlivska,Donetsk Oblast,Horlivskyi Raion
city,Горлівка,Horlivka,Donetsk Oblast,Horlivskyi Raion
town,Гольмівський,Holmivskyi,Donetsk Oblast,Horlivskyi Raion
town,Пантелеймонівка,Panteleimonivka,Donetsk Oblast,Horlivskyi Raion
town,Озерянівка,Ozerianivka,Donetsk Oblast,Horlivskyi Raion
town,П’ятихатки,Piatykhatky,Donetsk Oblast,Horlivskyi Raion
town,Ставки,Stavky,Donetsk Oblast,Horlivskyi Raion
town,Федорівка,Fedorivka,Donetsk Oblast,Horlivskyi Raion
town,Широка Балка,Shyroka Balka,Donetsk Oblast,Horlivskyi Raion
hromada,Дебальцівська,Debaltsivska,Donetsk Oblast,Horlivskyi Raion
city,Дебальцеве,Debaltseve,Donetsk Oblast,Horlivskyi Raion
hromada,Єнакієвська,Yenakiievska,Donetsk Oblast,Horlivskyi Raion
city,Єнакієве,Yenakiieve,Donetsk Oblast,Horlivskyi Raion
city,Бунге,Bunhe,Donetsk Oblast,Horlivskyi Raion
town,Дружне,Druzhne,Donetsk Oblast,Horlivskyi Raion
town,Корсунь,Korsun,Donetsk Oblast,Horlivskyi Raion
town,Софіївка,Sofiivka,Donetsk Oblast,Horlivskyi Raion
town,Старопетрівське,Staropetrivske,Donetsk Oblast,Horlivskyi Raion
town,Щебенка,Shchebenka,Donetsk Oblast,Horlivskyi Raion
hromada,Жданівська,Zhdanivska,Donetsk Oblast,Horlivskyi Raion
city,Жданівка,Zhdanivka,Donetsk Oblast,Horlivskyi Raion
town,Вільхівка,Vilkhivka,Donetsk Oblast,Horlivskyi Raion
town,Молодий Шахтар,Molodyi Shakhtar,Donetsk Oblast,Horlivskyi Raion
hromada,Сніжнянська,Snizhnianska,Donetsk Oblast,Horlivskyi Raion
city,Сніжне,Snizhne,Donetsk Oblast,Horlivskyi Raion
town,Андріївка,Andriivka,Donetsk Oblast,Horlivskyi Raion
town,Бражине,Brazhyne,Donetsk Oblast,Horlivskyi Raion
town,Гірницьке,Hirnytske,Donetsk Oblast,Horlivskyi Raion
town,Залісне,Zalisne,Donetsk Oblast,Horlivskyi Raion
town,Лиманчук,Lymanchuk,Donetsk Oblast,Horlivskyi Raion
town,Никифорове,Nykyforove,Donetsk Oblast,Horlivskyi Raion
town,Первомайське,Pervomaiske,Donetsk Oblast,Horlivskyi Raion
town,Первомайський,Pervomaiskyi,Donetsk Oblast,Horlivskyi Raion
town,Побєда,Pobieda,Donetsk Oblast,Horlivskyi Raion
town,Сєверне,Sieverne,Donetsk Oblast,Horlivskyi Raion
town,Балка,Balka,Donetsk Oblast,Horlivskyi Raion
town,Кожевня,Kozhevnia,Donetsk Oblast,Horlivskyi Raion
town,Молчалине,Molchalyne,Donetsk Oblast,Horlivskyi Raion
town,Сухівське,Sukhivske,Donetsk Oblast,Horlivskyi Raion
hromada,Хрестівська,Khrestivska,Donetsk Oblast,Horlivskyi Raion
city,Хрестівка,Khrestivka,Donetsk Oblast,Horlivskyi Raion
town,Кумшацьке,Kumshatske,Donetsk Oblast,Horlivskyi Raion
town,Польове,Polove,Donetsk Oblast,Horlivskyi Raion
town,Рідкодуб,Ridkodub,Donetsk Oblast,Horlivskyi Raion
town,Славне,Slavne,Donetsk Oblast,Horlivskyi Raion
town,Степне,Stepne,Donetsk Oblast,Horlivskyi Raion
hromada,Чистяківська,Chystiakivska,Donetsk Oblast,Horlivskyi Raion
city,Чистякове,Chystiakove,Donetsk Oblast,Horlivskyi Raion
town,Пелагіївка,Pelahiivka,Donetsk Oblast,Horlivskyi Raion
town,Розсипне,Rozsypne,Donetsk Oblast,Horlivskyi Raion
town,Балочне,Balochne,Donetsk Oblast,Horlivskyi Raion
hromada,Шахтарська,Shakhtarska,Donetsk Oblast,Horlivskyi Raion
city,Шахтарськ,Shakhtarsk,Donetsk Oblast,Horlivskyi Raion
town,Контарне,Kontarne,Donetsk Oblast,Horlivskyi Raion
town,Куликівське,Kulykivske,Donetsk Oblast,Horlivskyi Raion
town,Сердите,Serdyte,Donetsk Oblast,Horlivskyi Raion
town,Стіжківське,Stizhkivske,Donetsk Oblast,Horlivskyi Raion
town,Вікторія,Viktoriia,Donetsk Oblast,Horlivskyi Raion
town,Вінницьке,Vinnytske,Donetsk Oblast,Horlivskyi Raion
town,Гірне,Hirne,Donetsk Oblast,Horlivskyi Raion
town,Дорофієнко,Dorofiienko,Donetsk Oblast,Horlivskyi Raion
town,Дубове,Dubove,Donetsk Oblast,Horlivskyi Raion
town,Зарічне,Zarichne,Donetsk Oblast,Horlivskyi Raion
town,Зарощенське,Zaroshchenske,Donetsk Oblast,Horlivskyi Raion
town,Захарченко,Zakharchenko,Donetsk Oblast,Horlivskyi Raion
town,Зачатівка,Zachativka,Donetsk Oblast,Horlivskyi Raion
town,Кищенко,Kyshchenko,Donetsk Oblast,Horlivskyi Raion
town,Лобанівка,Lobanivka,Donetsk Oblast,Horlivskyi Raion
town,Молодецьке,Molodetske,Donetsk Oblast,Horlivskyi Raion
town,Садове,Sadove,Donetsk Oblast,Horlivskyi Raion
town,Чумаки,Chumaky,Donetsk Oblast,Horlivskyi Raion
raion,Донецький,Donetskyi Raion,Donetsk Oblast,
hromada,Амвросіївська,Amvrosiivska,Donetsk Oblast,Donetskyi Raion
city,Амвросіївка,Amvrosiivka,Donetsk Oblast,Donetskyi Raion
town,Копані,Kopani,Donetsk Oblast,Donetskyi Raion
town,Новоамвросіївське,Novoamvrosiivske,Donetsk Oblast,Donetskyi Raion
town,Виселки,Vyselky,Donetsk Oblast,Donetskyi Raion
town,Дзеркальне,Dzerkalne,Donetsk Oblast,Donetskyi Raion
town,Житенко,Zhytenko,Donetsk Oblast,Donetskyi Raion
town,Жукова Балка,Zhukova Balka,Donetsk Oblast,Donetskyi Raion
town,Калинове,Kalynove,Donetsk Oblast,Donetskyi Raion
town,Катеринівка,Katerynivka,Donetsk Oblast,Donetskyi Raion
town,Квашине,Kvashyne,Donetsk Oblast,Donetskyi Raion
town,Кленівка,Klenivka,Donetsk Oblast,Donetskyi Raion
town,Кринички,Krynychky,Donetsk Oblast,Donetskyi Raion
town,Лисиче,Lysyche,Donetsk Oblast,Donetskyi Raion
town,Мережки,Merezhky,Donetsk Oblast,Donetskyi Raion
town,Нижньокринське,Nyzhnokrynske,Donetsk Oblast,Donetskyi Raion
town,Обрізне,Obrizne,Donetsk Oblast,Donetskyi Raion
town,Овочеве,Ovocheve,Donetsk Oblast,Donetskyi Raion
town,Петренки,Petrenky,Donetsk Oblast,Donetskyi Raion
town,Побєда,Pobieda,Donetsk Oblast,Donetskyi Raion
town,Родники,Rodnyky,Donetsk Oblast,Donetskyi Raion
town,Рубашкине,Rubashkyne,Donetsk Oblast,Donetskyi Raion
town,Свободне,Svobodne,Donetsk Oblast,Donetskyi Raion
town,Сергієве-Кринка,Serhiieve-Krynka,Donetsk Oblast,Donetskyi Raion
town,Степне,Stepne,Donetsk Oblast,Donetskyi Raion
town,Трепельне,Trepelne,Donetsk Oblast,Donetskyi Raion
town,Улянівське,Ulianivske,Donetsk Oblast,Donetskyi Raion
town,Харківське,Kharkivske,Donetsk Oblast,Donetskyi Raion
hromada,Донецька,Donetska,Donetsk Oblast,Donetskyi Raion
city,Донецьк,Donetsk,Donetsk Oblast,Donetskyi Raion
city,Моспине,Mospyne,Donetsk Oblast,Donetskyi Raion
town,Горбачево-Михайлівка,Horbachevo-Mykhailivka,Donetsk Oblast,Donetskyi Raion
town,Ларине,Laryne,Donetsk Oblast,Donetskyi Raion
town,Олександрівка,Oleksandrivka,Donetsk Oblast,Donetskyi Raion
town,Старомихайлівка,Staromykhailivka,Donetsk Oblast,Donetskyi Raion
hromada,Іловайська,Ilovaiska,Donetsk Oblast,Donetskyi Raion
city,Іловайськ,Ilovaisk,Donetsk Oblast,Donetskyi Raion
town,Попова Балка,Popova Balka,Donetsk Oblast,Donetskyi Raion
town,Бондаревське,Bondarevske,Donetsk Oblast,Donetskyi Raion
town,Верхньоосикове,Verkhnoosykove,Donetsk Oblast,Donetskyi Raion
town,Виноградне,Vynohradne,Donetsk Oblast,Donetskyi Raion
town,Грабське,Hrabske,Donetsk Oblast,Donetskyi Raion
town,Кобзарі,Kobzari,Donetsk Oblast,Donetskyi Raion
town,Металіст,Metalist,Donetsk Oblast,Donetskyi Raion
town,Придорожнє,Prydorozhnie,Donetsk Oblast,Donetskyi Raion
hromada,Макіївська,Makiivska,Donetsk Oblast,Donetskyi Raion
city,Макіївка,Makiivka,Donetsk Oblast,Donetskyi Raion
town,Велике Оріхове,Velyke Orikhove,Donetsk Oblast,Donetskyi Raion
town,Високе,Vysoke,Donetsk Oblast,Donetskyi Raion
town,Вугляр,Vuhliar,Donetsk Oblast,Donetskyi Raion
town,Грузько-Зорянське,Hruzko-Zorianske,Donetsk Oblast,Donetskyi Raion
town,Грузько-Ломівка,Hruzko-Lomivka,Donetsk Oblast,Donetskyi Raion
town,Гусельське,Huselske,Donetsk Oblast,Donetskyi Raion
town,Землянки,Zemlianky,Donetsk Oblast,Donetskyi Raion
town,Колосникове,Kolosnykove,Donetsk Oblast,Donetskyi Raion
town,Кринична,Krynychna,Donetsk Oblast,Donetskyi Raion
town,Липське,Lypske,Donetsk Oblast,Donetskyi Raion
town,Лісне,Lisne,Donetsk Oblast,Donetskyi Raion
town,Маяк,Maiak,Donetsk Oblast,Donetskyi Raion
town,Межове,Mezhove,Donetsk Oblast,Donetskyi Raion
town,Нижня Кринка,Nyzhnia Krynka,Donetsk Oblast,Donetskyi Raion
town,П’ятипілля,Piatypillia,Donetsk Oblast,Donetskyi Raion
town,Холодне,Kholodne,Donetsk Oblast,Donetskyi Raion
town,Ясинівка,Yasynivka,Donetsk Oblast,Donetskyi Raion
town,Алмазне,Almazne,Donetsk Oblast,Donetskyi Raion
town,Василівка,Vasylivka,Donetsk Oblast,Donetskyi Raion
town,Леб’яже,Lebiazhe,Donetsk Oblast,Donetskyi Raion
town,Монахове,Monakhove,Donetsk Oblast,Donetskyi Raion
town,Новий Світ,Novyi Svit,Donetsk Oblast,Donetskyi Raion
town,Новомар’ївка,Novomarivka,Donetsk Oblast,Donetskyi Raion
town,Тихе,Tykhe,Donetsk Oblast,Donetskyi Raion
town,Холмисте,Kholmyste,Donetsk Oblast,Donetskyi Raion
hromada,Харцизька,Khartsyzka,Donetsk Oblast,Donetskyi Raion
city,Харцизьк,Khartsyzk,Donetsk Oblast,Donetskyi Raion
city,Зугрес,Zuhres,Donetsk Oblast,Donetskyi Raion
town,Благодатне,Blahodatne,Donetsk Oblast,Donetskyi Raion
town,Гірне,Hirne,Donetsk Oblast,Donetskyi Raion
town,Зуївка,Zuivka,Donetsk Oblast,Donetskyi Raion
town,Миколаївка,Mykolaivka,Donetsk Oblast,Donetskyi Raion
town,Покровка,Pokrovka,Donetsk Oblast,Donetskyi Raion
town,Троїцько-Харцизьк,Troitsko-Khartsyzk,Donetsk Oblast,Donetskyi Raion
town,Шахтне,Shakhtne,Donetsk Oblast,Donetskyi Raion
town,Широке,Shyroke,Donetsk Oblast,Donetskyi Raion
town,Ведмеже,Vedmezhe,Donetsk Oblast,Donetskyi Raion
town,Водобуд,Vodobud,Donetsk Oblast,Donetskyi Raion
hromada,Ясинуватська,Yasynuvatska,Donetsk Oblast,Donetskyi Raion
city,Ясинувата,Yasynuvata,Donetsk Oblast,Donetskyi Raion
town,Каштанове,Kashtanove,Donetsk Oblast,Donetskyi Raion
town,Крута Балка,Kruta Balka,Donetsk Oblast,Donetskyi Raion
town,Мінеральне,Mineralne,Donetsk Oblast,Donetskyi Raion
raion,Кальміуський,Kalmiuskyi Raion,Donetsk Oblast,
hromada,Бойківська,Boikivska,Donetsk Oblast,Kalmiuskyi Raion
town,Бойківське,Boikivske,Donetsk Oblast,Kalmiuskyi Raion
hromada,Докучаєвська,Dokuchaievska,Donetsk Oblast,Kalmiuskyi Raion
city,Докучаєвськ,Dokuchaievsk,Donetsk Oblast,Kalmiuskyi Raion
town,Оленівка,Olenivka,Donetsk Oblast,Kalmiuskyi Raion
town,Малинове,Malynove,Donetsk Oblast,Kalmiuskyi Raion
town,Молодіжне,Molodizhne,Donetsk Oblast,Kalmiuskyi Raion
town,Нова Оленівка,Nova Olenivka,Donetsk Oblast,Kalmiuskyi Raion
town,Новомиколаївка,Novomykolaivka,Donetsk Oblast,Kalmiuskyi Raion
town,Ясне,Yasne,Donetsk Oblast,Kalmiuskyi Raion
hromada,Кальміуська,Kalmiuska,Donetsk Oblast,Kalmiuskyi Raion
city,Кальміуське,Kalmiuske,Donetsk Oblast,Kalmiuskyi Raion
town,Бурне,Burne,Donetsk Oblast,Kalmiuskyi Raion
town,Зернове,Zernove,Donetsk Oblast,Kalmiuskyi Raion
town,Кипуча Криниця,Kypucha Krynytsia,Donetsk Oblast,Kalmiuskyi Raion
town,Колоски,Kolosky,Donetsk Oblast,Kalmiuskyi Raion
town,Родникове,Rodnykove,Donetsk Oblast,Kalmiuskyi Raion
town,Строїтель,Stroitel,Donetsk Oblast,Kalmiuskyi Raion
hromada,Новоазовська,Novoazovska,Donetsk Oblast,Kalmiuskyi Raion
city,Новоазовськ,Novoazovsk,Donetsk Oblast,Kalmiuskyi Raion
town,Сєдове,Siedove,Donetsk Oblast,Kalmiuskyi Raion
town,Обрив,Obryv,Donetsk Oblast,Kalmiuskyi Raion
hromada,Старобешівська,Starobeshivska,Donetsk Oblast,Kalmiuskyi Raion
town,Старобешеве,Starobesheve,Donetsk Oblast,Kalmiuskyi Raion
town,Новий Світ,Novyi Svit,Donetsk Oblast,Kalmiuskyi Raion
town,Верезамське,Verezamske,Donetsk Oblast,Kalmiuskyi Raion
town,Манжиків Кут,Manzhykiv Kut,Donetsk Oblast,Kalmiuskyi Raion
town,Менчугове,Menchuhove,Donetsk Oblast,Kalmiuskyi Raion
raion,Краматорський,Kramatorskyi Raion,Donetsk Oblast,
hromada,Андріївська,Andriivska,Donetsk Oblast,Kramatorskyi Raion
hromada,Дружківська,Druzhkivska,Donetsk Oblast,Kramatorskyi Raion
city,Дружківка,Druzhkivka,Donetsk Oblast,Kramatorskyi Raion
town,Новогригорівка,Novohryhorivka,Donetsk Oblast,Kramatorskyi Raion
town,Новомиколаївка,Novomykolaivka,Donetsk Oblast,Kramatorskyi Raion
town,Олексієво-Дружківка,Oleksiievo-Druzhkivka,Donetsk Oblast,Kramatorskyi Raion
town,Райське,Raiske,Donetsk Oblast,Kramatorskyi Raion
town,Приют,Pryiut,Donetsk Oblast,Kramatorskyi Raion
town,Старорайське,Staroraiske,Donetsk Oblast,Kramatorskyi Raion
hromada,Іллінівська,Illinivska,Donetsk Oblast,Kramatorskyi Raion
town,Бересток,Berestok,Donetsk Oblast,Kramatorskyi Raion
town,Довга Балка,Dovha Balka,Donetsk Oblast,Kramatorskyi Raion
town,Зоря,Zoria,Donetsk Oblast,Kramatorskyi Raion
town,Клебан-Бик,Kleban-Byk,Donetsk Oblast,Kramatorskyi Raion
town,Розкішне,Rozkishne,Donetsk Oblast,Kramatorskyi Raion
hromada,Костянтинівська,Kostiantynivska,Donetsk Oblast,Kramatorskyi Raion
city,Костянтинівка,Kostiantynivka,Donetsk Oblast,Kramatorskyi Raion
town,Безім’яне,Bezimiane,Donetsk Oblast,Kramatorskyi Raion
town,Молочарка,Molocharka,Donetsk Oblast,Kramatorskyi Raion
town,Новодмитрівка,Novodmytrivka,Donetsk Oblast,Kramatorskyi Raion
town,Стінки,Stinky,Donetsk Oblast,Kramatorskyi Raion
town,Червоне,Chervone,Donetsk Oblast,Kramatorskyi Raion
hromada,Краматорська,Kramatorska,Donetsk Oblast,Kramatorskyi Raion
city,Краматорськ,Kramatorsk,Donetsk Oblast,Kramatorskyi Raion
town,Біленьке,Bilenke,Donetsk Oblast,Kramatorskyi Raion
town,Комишуваха,Komyshuvakha,Donetsk Oblast,Kramatorskyi Raion
town,Красноторка,Krasnotorka,Donetsk Oblast,Kramatorskyi Raion
town,Малотаранівка,Malotaranivka,Donetsk Oblast,Kramatorskyi Raion
town,Олександрівка,Oleksandrivka,Donetsk Oblast,Kramatorskyi Raion
town,Софіївка,Sofiivka,Donetsk Oblast,Kramatorskyi Raion
town,Шабельківка,Shabelkivka,Donetsk Oblast,Kramatorskyi Raion
town,Ясна Поляна,Yasna Poliana,Donetsk Oblast,Kramatorskyi Raion
town,Ясногірка,Yasnohirka,Donetsk Oblast,Kramatorskyi Raion
town,Ашуркове,Ashurkove,Donetsk Oblast,Kramatorskyi Raion
town,Василівська Пустош,Vasylivska Pustosh,Donetsk Oblast,Kramatorskyi Raion
hromada,Лиманська,Lymanska,Donetsk Oblast,Kramatorskyi Raion
city,Лиман,Lyman,Donetsk Oblast,Kramatorskyi Raion
town,Дробишеве,Drobysheve,Donetsk Oblast,Kramatorskyi Raion
town,Зарічне,Zarichne,Donetsk Oblast,Kramatorskyi Raion
town,Новоселівка,Novoselivka,Donetsk Oblast,Kramatorskyi Raion
town,Ямпіль,Yampil,Donetsk Oblast,Kramatorskyi Raion
town,Ярова,Yarova,Donetsk Oblast,Kramatorskyi Raion
town,Мирне,Myrne,Donetsk Oblast,Kramatorskyi Raion
town,Нове,Nove,Donetsk Oblast,Kramatorskyi Raion
town,Соснове,Sosnove,Donetsk Oblast,Kramatorskyi Raion
town,Ставки,Stavky,Donetsk Oblast,Kramatorskyi Raion
hromada,Миколаївська,Mykolaivska,Donetsk Oblast,Kramatorskyi Raion
city,Миколаївка,Mykolaivka,Donetsk Oblast,Kramatorskyi Raion
town,Донецьке,Donetske,Donetsk Oblast,Kramatorskyi Raion
town,Райгородок,Raihorodok,Donetsk Oblast,Kramatorskyi Raion
hromada,Новодонецька,Novodonetska,Donetsk Oblast,Kramatorskyi Raion
town,Новодонецьке,Novodonetske,Donetsk Oblast,Kramatorskyi Raion
town,Новоявленка,Novoiavlenka,Donetsk Oblast,Kramatorskyi Raion
town,Самарське,Samarske,Donetsk Oblast,Kramatorskyi Raion
hromada,Олександрівська,Oleksandrivska,Donetsk Oblast,Kramatorskyi Raion
town,Олександрівка,Oleksandrivka,Donetsk Oblast,Kramatorskyi Raion
hromada,Святогірська,Sviatohirska,Donetsk Oblast,Kramatorskyi Raion
city,Святогірськ,Sviatohirsk,Donetsk Oblast,Kramatorskyi Raion
hromada,Слов’янська,Slovianska,Donetsk Oblast,Kramatorskyi Raion
city,Слов’янськ,Sloviansk,Donetsk Oblast,Kramatorskyi Raion
town,Суханівка,Sukhanivka,Donetsk Oblast,Kramatorskyi Raion
town,Билбасівка,Bylbasivka,Donetsk Oblast,Kramatorskyi Raion
town,Мирне,Myrne,Donetsk Oblast,Kramatorskyi Raion
hromada,Черкаська,Cherkaska,Donetsk Oblast,Kramatorskyi Raion
town,Черкаське,Cherkaske,Donetsk Oblast,Kramatorskyi Raion
raion,Маріупольський,Mariupolskyi Raion,Donetsk Oblast,
hromada,Кальчицька,Kalchytska,Donetsk Oblast,Mariupolskyi Raion
town,Асланове,Aslanove,Donetsk Oblast,Mariupolskyi Raion
hromada,Мангушська,Manhushska,Donetsk Oblast,Mariupolskyi Raion
town,Мангуш,Manhush,Donetsk Oblast,Mariupolskyi Raion
town,Ялта,Yalta,Donetsk Oblast,Mariupolskyi Raion
hromada,Маріупольська,Mariupolska,Donetsk Oblast,Mariupolskyi Raion
city,Маріуполь,Mariupol,Donetsk Oblast,Mariupolskyi Raion
town,Старий Крим,Staryi Krym,Donetsk Oblast,Mariupolskyi Raion
town,Рибацьке,Rybatske,Donetsk Oblast,Mariupolskyi Raion
hromada,Нікольська,Nikolska,Donetsk Oblast,Mariupolskyi Raion
town,Микільське,Mykilske,Donetsk Oblast,Mariupolskyi Raion
town,Лісне,Lisne,Donetsk Oblast,Mariupolskyi Raion
hromada,Сартанська,Sartanska,Donetsk Oblast,Mariupolskyi Raion
town,Сартана,Sartana,Donetsk Oblast,Mariupolskyi Raion
town,Талаківка,Talakivka,Donetsk Oblast,Mariupolskyi Raion
town,Калинівка,Kalynivka,Donetsk Oblast,Mariupolskyi Raion
town,Ломакине,Lomakyne,Donetsk Oblast,Mariupolskyi Raion
raion,Покровський,Pokrovskyi Raion,Donetsk Oblast,
hromada,Авдіївська,Avdiivska,Donetsk Oblast,Pokrovskyi Raion
city,Авдіївка,Avdiivka,Donetsk Oblast,Pokrovskyi Raion
town,Опитне,Opytne,Donetsk Oblast,Pokrovskyi Raion
hromada,Білозерська,Bilozerska,Donetsk Oblast,Pokrovskyi Raion
city,Білозерське,Bilozerske,Donetsk Oblast,Pokrovskyi Raion
town,Бокове,Bokove,Donetsk Oblast,Pokrovskyi Raion
hromada,Гродівська,Hrodivska,Donetsk Oblast,Pokrovskyi Raion
town,Гродівка,Hrodivka,Donetsk Oblast,Pokrovskyi Raion
town,Новоекономічне,Novoekonomichne,Donetsk Oblast,Pokrovskyi Raion
town,Лозуватське,Lozuvatske,Donetsk Oblast,Pokrovskyi Raion
hromada,Добропільська,Dobropilska,Donetsk Oblast,Pokrovskyi Raion
city,Добропілля,Dobropillia,Donetsk Oblast,Pokrovskyi Raion
city,Білицьке,Bilytske,Donetsk Oblast,Pokrovskyi Raion
town,Водянське,Vodianske,Donetsk Oblast,Pokrovskyi Raion
town,Святогорівка,Sviatohorivka,Donetsk Oblast,Pokrovskyi Raion
town,Чернігівка,Chernihivka,Donetsk Oblast,Pokrovskyi Raion
town,Новий Донбас,Novyi Donbas,Donetsk Oblast,Pokrovskyi Raion
town,Світле,Svitle,Donetsk Oblast,Pokrovskyi Raion
town,Шевченко,Shevchenko,Donetsk Oblast,Pokrovskyi Raion
hromada,Криворізька,Kryvorizka,Donetsk Oblast,Pokrovskyi Raion
hromada,Курахівська,Kurakhivska,Donetsk Oblast,Pokrovskyi Raion
city,Курахове,Kurakhove,Donetsk Oblast,Pokrovskyi Raion
city,Гірник,Hirnyk,Donetsk Oblast,Pokrovskyi Raion
town,Гостре,Hostre,Donetsk Oblast,Pokrovskyi Raion
town,Іллінка,Illinka,Donetsk Oblast,Pokrovskyi Raion
town,Курахівка,Kurakhivka,Donetsk Oblast,Pokrovskyi Raion
town,Острівське,Ostrivske,Donetsk Oblast,Pokrovskyi Raion
town,Старі Терни,Stari Terny,Donetsk Oblast,Pokrovskyi Raion
hromada,Мар’їнська,Marinska,Donetsk Oblast,Pokrovskyi Raion
city,Мар’їнка,Marinka,Donetsk Oblast,Pokrovskyi Raion
city,Красногорівка,Krasnohorivka,Donetsk Oblast,Pokrovskyi Raion
hromada,Мирноградська,Myrnohradska,Donetsk Oblast,Pokrovskyi Raion
city,Мирноград,Myrnohrad,Donetsk Oblast,Pokrovskyi Raion
hromada,Новогродівська,Novohrodivska,Donetsk Oblast,Pokrovskyi Raion
city,Новогродівка,Novohrodivka,Donetsk Oblast,Pokrovskyi Raion
town,Комишівка,Komyshivka,Donetsk Oblast,Pokrovskyi Raion
town,Птиче,Ptyche,Donetsk Oblast,Pokrovskyi Raion
hromada,Очеретинська,Ocheretynska,Donetsk Oblast,Pokrovskyi Raion
town,Очеретине,Ocheretyne,Donetsk Oblast,Pokrovskyi Raion
town,Верхньоторецьке,Verkhnotoretske,Donetsk Oblast,Pokrovskyi Raion
town,Благодатне,Blahodatne,Donetsk Oblast,Pokrovskyi Raion
town,Керамік,Keramik,Donetsk Oblast,Pokrovskyi Raion
town,Бетманове,Betmanove,Donetsk Oblast,Pokrovskyi Raion
town,Східне,Skhidne,Donetsk Oblast,Pokrovskyi Raion
town,Кам’янка,Kamianka,Donetsk Oblast,Pokrovskyi Raion
town,Криничне,Krynychne,Donetsk Oblast,Pokrovskyi Raion
town,Лозове,Lozove,Donetsk Oblast,Pokrovskyi Raion
town,Невельське,Nevelske,Donetsk Oblast,Pokrovskyi Raion
town,Піски,Pisky,Donetsk Oblast,Pokrovskyi Raion
town,Північне,Pivnichne,Donetsk Oblast,Pokrovskyi Raion
town,Степове,Stepove,Donetsk Oblast,Pokrovskyi Raion
hromada,Покровська,Pokrovska,Donetsk Oblast,Pokrovskyi Raion
city,Покровськ,Pokrovsk,Donetsk Oblast,Pokrovskyi Raion
city,Родинське,Rodynske,Donetsk Oblast,Pokrovskyi Raion
town,Шевченко,Shevchenko,Donetsk Oblast,Pokrovskyi Raion
town,Котлине,Kotlyne,Donetsk Oblast,Pokrovskyi Raion
town,Котлярівка,Kotliarivka,Donetsk Oblast,Pokrovskyi Raion
town,Надіївка,Nadiivka,Donetsk Oblast,Pokrovskyi Raion
town,Новопустинка,Novopustynka,Donetsk Oblast,Pokrovskyi Raion
town,Леонтовичі,Leontovychi,Donetsk Oblast,Pokrovskyi Raion
town,Чумацьке,Chumatske,Donetsk Oblast,Pokrovskyi Raion
town,Чунишине,Chunyshyne,Donetsk Oblast,Pokrovskyi Raion
hromada,Селидівська,Selydivska,Donetsk Oblast,Pokrovskyi Raion
city,Селидове,Selydove,Donetsk Oblast,Pokrovskyi Raion
city,Українськ,Ukrainsk,Donetsk Oblast,Pokrovskyi Raion
town,Вишневе,Vyshneve,Donetsk Oblast,Pokrovskyi Raion
town,Цукурине,Tsukuryne,Donetsk Oblast,Pokrovskyi Raion
hromada,Удачненська,Udachnenska,Donetsk Oblast,Pokrovskyi Raion
town,Удачне,Udachne,Donetsk Oblast,Pokrovskyi Raion
hromada,Шахівська,Shakhivska,Donetsk Oblast,Pokrovskyi Raion
town,Дорожнє,Dorozhnie,Donetsk Oblast,Pokrovskyi Raion
town,Маяк,Maiak,Donetsk Oblast,Pokrovskyi Raion
raion,Бердичівський,Berdychivskyi Raion,Zhytomyr Oblast,
hromada,Андрушівська,Andrushivska,Zhytomyr Oblast,Berdychivskyi Raion
city,Андрушівка,Andrushivka,Zhytomyr Oblast,Berdychivskyi Raion
hromada,Бердичівська,Berdychivska,Zhytomyr Oblast,Berdychivskyi Raion
city,Бердичів,Berdychiv,Zhytomyr Oblast,Berdychivskyi Raion
hromada,Вчорайшенська,Vchoraishenska,Zhytomyr Oblast,Berdychivskyi Raion
town,Звиняче,Zvyniache,Zhytomyr Oblast,Berdychivskyi Raion
town,Лебединське,Lebedynske,Zhytomyr Oblast,Berdychivskyi Raion
hromada,Гришковецька,Hryshkovetska,Zhytomyr Oblast,Berdychivskyi Raion
town,Гришківці,Hryshkivtsi,Zhytomyr Oblast,Berdychivskyi Raion
town,Хмельове,Khmelove,Zhytomyr Oblast,Berdychivskyi Raion
hromada,Краснопільська,Krasnopilska,Zhytomyr Oblast,Berdychivskyi Raion
town,Іванопіль,Ivanopil,Zhytomyr Oblast,Berdychivskyi Raion
town,Поштове,Poshtove,Zhytomyr Oblast,Berdychivskyi Raion
hromada,Райгородоцька,Raihorodotska,Zhytomyr Oblast,Berdychivskyi Raion
hromada,Ружинська,Ruzhynska,Zhytomyr Oblast,Berdychivskyi Raion
town,Ружин,Ruzhyn,Zhytomyr Oblast,Berdychivskyi Raion
town,Городоцьке,Horodotske,Zhytomyr Oblast,Berdychivskyi Raion
town,Мовчанівське,Movchanivske,Zhytomyr Oblast,Berdychivskyi Raion
hromada,Семенівська,Semenivska,Zhytomyr Oblast,Berdychivskyi Raion
hromada,Червоненська,Chervonenska,Zhytomyr Oblast,Berdychivskyi Raion
town,Червоне,Chervone,Zhytomyr Oblast,Berdychivskyi Raion
hromada,Швайківська,Shvaikivska,Zhytomyr Oblast,Berdychivskyi Raion
town,Берізки,Berizky,Zhytomyr Oblast,Berdychivskyi Raion
raion,Житомирський,Zhytomyrskyi Raion,Zhytomyr Oblast,
hromada,Андрушківська,Andrushkivska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Новопаволоцьке,Novopavolotske,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Березівська,Berezivska,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Брусилівська,Brusylivska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Брусилів,Brusyliv,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Скочище,Skochyshche,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Високівська,Vysokivska,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Вишевицька,Vyshevytska,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Вільшанська,Vilshanska,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Волицька,Volytska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Новоівницьке,Novoivnytske,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Глибочицька,Hlybochytska,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Городоцька,Horodotska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Городок,Horodok,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Біла Криниця,Bila Krynytsia,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Житомирська,Zhytomyrska,Zhytomyr Oblast,Zhytomyrskyi Raion
city,Житомир,Zhytomyr,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Квітнева,Kvitneva,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Корнинська,Kornynska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Корнин,Kornyn,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Корнинське,Kornynske,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Коростишівська,Korostyshivska,Zhytomyr Oblast,Zhytomyrskyi Raion
city,Коростишів,Korostyshiv,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Курненська,Kurnenska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Курне,Kurne,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Любарська,Liubarska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Любар,Liubar,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Миропільська,Myropilska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Миропіль,Myropil,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Новоборівська,Novoborivska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Нова Борова,Nova Borova,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Новогуйвинська,Novohuivynska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Новогуйвинське,Novohuivynske,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Гуйва,Huiva,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Озерне,Ozerne,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Оліївська,Oliivska,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Попільнянська,Popilnianska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Попільня,Popilnia,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Потіївська,Potiivska,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Пулинська,Pulynska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Пулини,Pulyny,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Радомишльська,Radomyshlska,Zhytomyr Oblast,Zhytomyrskyi Raion
city,Радомишль,Radomyshl,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Романівська,Romanivska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Романів,Romaniv,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Биківка,Bykivka,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Станишівська,Stanyshivska,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Старосілецька,Starosiletska,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Тетерівська,Teterivska,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Харитонівська,Kharytonivska,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Хорошівська,Khoroshivska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Хорошів,Khoroshiv,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Червоногранітне,Chervonohranitne,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Черняхівська,Cherniakhivska,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Черняхів,Cherniakhiv,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Головине,Holovyne,Zhytomyr Oblast,Zhytomyrskyi Raion
hromada,Чуднівська,Chudnivska,Zhytomyr Oblast,Zhytomyrskyi Raion
city,Чуднів,Chudniv,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Вакуленчук,Vakulenchuk,Zhytomyr Oblast,Zhytomyrskyi Raion
town,Великі Коровинці,Velyki Korovyntsi,Zhytomyr Oblast,Zhytomyrskyi Raion
raion,Коростенський,Korostenskyi Raion,Zhytomyr Oblast,
hromada,Білокоровицька,Bilokorovytska,Zhytomyr Oblast,Korostenskyi Raion
town,Бучмани,Buchmany,Zhytomyr Oblast,Korostenskyi Raion
town,Нові Білокоровичі,Novi Bilokorovychi,Zhytomyr Oblast,Korostenskyi Raion
hromada,Гладковицька,Hladkovytska,Zhytomyr Oblast,Korostenskyi Raion
town,Кварцитне,Kvartsytne,Zhytomyr Oblast,Korostenskyi Raion
town,Магдин,Mahdyn,Zhytomyr Oblast,Korostenskyi Raion
hromada,Горщиківська,Horshchykivska,Zhytomyr Oblast,Korostenskyi Raion
hromada,Іршанська,Irshanska,Zhytomyr Oblast,Korostenskyi Raion
town,Іршанськ,Irshansk,Zhytomyr Oblast,Korostenskyi Raion
hromada,Коростенська,Korostenska,Zhytomyr Oblast,Korostenskyi Raion
city,Коростень,Korosten,Zhytomyr Oblast,Korostenskyi Raion
hromada,Лугинська,Luhynska,Zhytomyr Oblast,Korostenskyi Raion
town,Лугини,Luhyny,Zhytomyr Oblast,Korostenskyi Raion
town,Миролюбів,Myroliubiv,Zhytomyr Oblast,Korostenskyi Raion
hromada,Малинська,Malynska,Zhytomyr Oblast,Korostenskyi Raion
city,Малин,Malyn,Zhytomyr Oblast,Korostenskyi Raion
town,Гранітне,Hranitne,Zhytomyr Oblast,Korostenskyi Raion
hromada,Народицька,Narodytska,Zhytomyr Oblast,Korostenskyi Raion
town,Народичі,Narodychi,Zhytomyr Oblast,Korostenskyi Raion
hromada,Овруцька,Ovrutska,Zhytomyr Oblast,Korostenskyi Raion
city,Овруч,Ovruch,Zhytomyr Oblast,Korostenskyi Raion
hromada,Олевська,Olevska,Zhytomyr Oblast,Korostenskyi Raion
city,Олевськ,Olevsk,Zhytomyr Oblast,Korostenskyi Raion
town,Діброва,Dibrova,Zhytomyr Oblast,Korostenskyi Raion
town,Дружба,Druzhba,Zhytomyr Oblast,Korostenskyi Raion
town,Новоозерянка,Novoozerianka,Zhytomyr Oblast,Korostenskyi Raion
town,Лугове,Luhove,Zhytomyr Oblast,Korostenskyi Raion
town,Сновидовичі,Snovydovychi,Zhytomyr Oblast,Korostenskyi Raion
hromada,Словечанська,Slovechanska,Zhytomyr Oblast,Korostenskyi Raion
hromada,Ушомирська,Ushomyrska,Zhytomyr Oblast,Korostenskyi Raion
town,Броди,Brody,Zhytomyr Oblast,Korostenskyi Raion
town,Нова Ушиця,Nova Ushytsia,Zhytomyr Oblast,Korostenskyi Raion
hromada,Чоповицька,Chopovytska,Zhytomyr Oblast,Korostenskyi Raion
town,Чоповичі,Chopovychi,Zhytomyr Oblast,Korostenskyi Raion
raion,Звягельський,Zviahelskyi Raion,Zhytomyr Oblast,
hromada,Баранівська,Baranivska,Zhytomyr Oblast,Zviahelskyi Raion
city,Баранівка,Baranivka,Zhytomyr Oblast,Zviahelskyi Raion
town,Порцелянове,Portselianove,Zhytomyr Oblast,Zviahelskyi Raion
town,Полянка,Polianka,Zhytomyr Oblast,Zviahelskyi Raion
hromada,Барашівська,Barashivska,Zhytomyr Oblast,Zviahelskyi Raion
town,Яблунець,Yablunets,Zhytomyr Oblast,Zviahelskyi Raion
hromada,Брониківська,Bronykivska,Zhytomyr Oblast,Zviahelskyi Raion
hromada,Городницька,Horodnytska,Zhytomyr Oblast,Zviahelskyi Raion
town,Городниця,Horodnytsia,Zhytomyr Oblast,Zviahelskyi Raion
hromada,Довбиська,Dovbyska,Zhytomyr Oblast,Zviahelskyi Raion
town,Довбиш,Dovbysh,Zhytomyr Oblast,Zviahelskyi Raion
town,Кам’яний Брід,Kamianyi Brid,Zhytomyr Oblast,Zviahelskyi Raion
town,Мар’янівка,Marianivka,Zhytomyr Oblast,Zviahelskyi Raion
hromada,Дубрівська,Dubrivska,Zhytomyr Oblast,Zviahelskyi Raion
hromada,Ємільчинська,Yemilchynska,Zhytomyr Oblast,Zviahelskyi Raion
town,Ємільчине,Yemilchyne,Zhytomyr Oblast,Zviahelskyi Raion
hromada,Новоград-Волинська,Novohrad-Volynska,Zhytomyr Oblast,Zviahelskyi Raion
city,Звягель,Zviahel,Zhytomyr Oblast,Zviahelskyi Raion
hromada,Піщівська,Pishchivska,Zhytomyr Oblast,Zviahelskyi Raion
hromada,Стриївська,Stryivska,Zhytomyr Oblast,Zviahelskyi Raion
hromada,Чижівська,Chyzhivska,Zhytomyr Oblast,Zviahelskyi Raion
hromada,Ярунська,Yarunska,Zhytomyr Oblast,Zviahelskyi Raion
raion,Берегівський,Berehivskyi Raion,Zakarpattia Oblast,
hromada,Батівська,Bativska,Zakarpattia Oblast,Berehivskyi Raion
town,Батьово,Batovo,Zakarpattia Oblast,Berehivskyi Raion
hromada,Берегівська,Berehivska,Zakarpattia Oblast,Berehivskyi Raion
city,Берегове,Berehove,Zakarpattia Oblast,Berehivskyi Raion
hromada,Великоберезька,Velykoberezka,Zakarpattia Oblast,Berehivskyi Raion
hromada,Великобийганська,Velykobyihanska,Zakarpattia Oblast,Berehivskyi Raion
hromada,Вилоцька,Vylotska,Zakarpattia Oblast,Berehivskyi Raion
town,Вилок,Vylok,Zakarpattia Oblast,Berehivskyi Raion
hromada,Виноградівська,Vynohradivska,Zakarpattia Oblast,Berehivskyi Raion
city,Виноградів,Vynohradiv,Zakarpattia Oblast,Berehivskyi Raion
hromada,Кам’янська,Kamianska,Zakarpattia Oblast,Berehivskyi Raion
hromada,Королівська,Korolivska,Zakarpattia Oblast,Berehivskyi Raion
town,Королево,Korolevo,Zakarpattia Oblast,Berehivskyi Raion
hromada,Косоньська,Kosonska,Zakarpattia Oblast,Berehivskyi Raion
hromada,Пийтерфолвівська,Pyiterfolvivska,Zakarpattia Oblast,Berehivskyi Raion
raion,Мукачівський,Mukachivskyi Raion,Zakarpattia Oblast,
hromada,Великолучківська,Velykoluchkivska,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Верхньокоропецька,Verkhnokoropetska,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Воловецька,Volovetska,Zakarpattia Oblast,Mukachivskyi Raion
town,Воловець,Volovets,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Горондівська,Horondivska,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Жденіївська,Zhdeniivska,Zakarpattia Oblast,Mukachivskyi Raion
town,Жденієво,Zhdeniievo,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Івановецька,Ivanovetska,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Кольчинська,Kolchynska,Zakarpattia Oblast,Mukachivskyi Raion
town,Кольчино,Kolchyno,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Мукачівська,Mukachivska,Zakarpattia Oblast,Mukachivskyi Raion
city,Мукачево,Mukachevo,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Неліпинська,Nelipynska,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Нижньоворітська,Nyzhnovoritska,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Полянська,Polianska,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Свалявська,Svaliavska,Zakarpattia Oblast,Mukachivskyi Raion
city,Свалява,Svaliava,Zakarpattia Oblast,Mukachivskyi Raion
hromada,Чинадіївська,Chynadiivska,Zakarpattia Oblast,Mukachivskyi Raion
town,Чинадійово,Chynadiiovo,Zakarpattia Oblast,Mukachivskyi Raion
raion,Рахівський,Rakhivskyi Raion,Zakarpattia Oblast,
hromada,Богданська,Bohdanska,Zakarpattia Oblast,Rakhivskyi Raion
hromada,Великобичківська,Velykobychkivska,Zakarpattia Oblast,Rakhivskyi Raion
town,Великий Бичків,Velykyi Bychkiv,Zakarpattia Oblast,Rakhivskyi Raion
town,Кобилецька Поляна,Kobyletska Poliana,Zakarpattia Oblast,Rakhivskyi Raion
hromada,Рахівська,Rakhivska,Zakarpattia Oblast,Rakhivskyi Raion
city,Рахів,Rakhiv,Zakarpattia Oblast,Rakhivskyi Raion
hromada,Ясінянська,Yasinianska,Zakarpattia Oblast,Rakhivskyi Raion
town,Ясіня,Yasinia,Zakarpattia Oblast,Rakhivskyi Raion
raion,Тячівський,Tiachivskyi Raion,Zakarpattia Oblast,
hromada,Бедевлянська,Bedevlianska,Zakarpattia Oblast,Tiachivskyi Raion
hromada,Буштинська,Bushtynska,Zakarpattia Oblast,Tiachivskyi Raion
town,Буштино,Bushtyno,Zakarpattia Oblast,Tiachivskyi Raion
hromada,Вільховецька,Vilkhovetska,Zakarpattia Oblast,Tiachivskyi Raion
hromada,Дубівська,Dubivska,Zakarpattia Oblast,Tiachivskyi Raion
town,Дубове,Dubove,Zakarpattia Oblast,Tiachivskyi Raion
hromada,Нересницька,Neresnytska,Zakarpattia Oblast,Tiachivskyi Raion
hromada,Солотвинська,Solotvynska,Zakarpattia Oblast,Tiachivskyi Raion
town,Солотвино,Solotvyno,Zakarpattia Oblast,Tiachivskyi Raion
hromada,Тересвянська,Teresvianska,Zakarpattia Oblast,Tiachivskyi Raion
town,Тересва,Teresva,Zakarpattia Oblast,Tiachivskyi Raion
hromada,Тячівська,Tiachivska,Zakarpattia Oblast,Tiachivskyi Raion
city,Тячів,Tiachiv,Zakarpattia Oblast,Tiachivskyi Raion
hromada,Углянська,Uhlianska,Zakarpattia Oblast,Tiachivskyi Raion
hromada,Усть-Чорнянська,Ust-Chornianska,Zakarpattia Oblast,Tiachivskyi Raion
town,Усть-Чорна,Ust-Chorna,Zakarpattia Oblast,Tiachivskyi Raion
raion,Ужгородський,Uzhhorodskyi Raion,Zakarpattia Oblast,
hromada,Баранинська,Baranynska,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Великоберезнянська,Velykobereznianska,Zakarpattia Oblast,Uzhhorodskyi Raion
town,Великий Березний,Velykyi Bereznyi,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Великодобронська,Velykodobronska,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Дубриницько-Малоберезнянська,Dubrynytsko-Malobereznianska,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Костринська,Kostrynska,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Оноківська,Onokivska,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Перечинська,Perechynska,Zakarpattia Oblast,Uzhhorodskyi Raion
city,Перечин,Perechyn,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Середнянська,Serednianska,Zakarpattia Oblast,Uzhhorodskyi Raion
town,Середнє,Serednie,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Ставненська,Stavnenska,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Сюртівська,Siurtivska,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Тур’є-Реметівська,Turie-Remetivska,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Ужгородська,Uzhhorodska,Zakarpattia Oblast,Uzhhorodskyi Raion
city,Ужгород,Uzhhorod,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Холмківська,Kholmkivska,Zakarpattia Oblast,Uzhhorodskyi Raion
hromada,Чопська,Chopska,Zakarpattia Oblast,Uzhhorodskyi Raion
city,Чоп,Chop,Zakarpattia Oblast,Uzhhorodskyi Raion
raion,Хустський,Khustskyi Raion,Zakarpattia Oblast,
hromada,Білківська,Bilkivska,Zakarpattia Oblast,Khustskyi Raion
hromada,Вишківська,Vyshkivska,Zakarpattia Oblast,Khustskyi Raion
town,Вишково,Vyshkovo,Zakarpattia Oblast,Khustskyi Raion
hromada,Горінчівська,Horinchivska,Zakarpattia Oblast,Khustskyi Raion
hromada,Довжанська,Dovzhanska,Zakarpattia Oblast,Khustskyi Raion
hromada,Драгівська,Drahivska,Zakarpattia Oblast,Khustskyi Raion
hromada,Зарічанська,Zarichanska,Zakarpattia Oblast,Khustskyi Raion
hromada,Іршавська,Irshavska,Zakarpattia Oblast,Khustskyi Raion
city,Іршава,Irshava,Zakarpattia Oblast,Khustskyi Raion
hromada,Керецьківська,Keretskivska,Zakarpattia Oblast,Khustskyi Raion
hromada,Колочавська,Kolochavska,Zakarpattia Oblast,Khustskyi Raion
hromada,Міжгірська,Mizhhirska,Zakarpattia Oblast,Khustskyi Raion
town,Міжгір’я,Mizhhiria,Zakarpattia Oblast,Khustskyi Raion
hromada,Пилипецька,Pylypetska,Zakarpattia Oblast,Khustskyi Raion
hromada,Синевирська,Synevyrska,Zakarpattia Oblast,Khustskyi Raion
hromada,Хустська,Khustska,Zakarpattia Oblast,Khustskyi Raion
city,Хуст,Khust,Zakarpattia Oblast,Khustskyi Raion
raion,Бердянський,Berdianskyi Raion,Zaporizhzhia Oblast,
hromada,Андрівська,Andrivska,Zaporizhzhia Oblast,Berdianskyi Raion
hromada,Андріївська,Andriivska,Zaporizhzhia Oblast,Berdianskyi Raion
town,Андріївка,Andriivka,Zaporizhzhia Oblast,Berdianskyi Raion
hromada,Бердянська,Berdianska,Zaporizhzhia Oblast,Berdianskyi Raion
city,Бердянськ,Berdiansk,Zaporizhzhia Oblast,Berdianskyi Raion
town,Шовкове,Shovkove,Zaporizhzhia Oblast,Berdianskyi Raion
hromada,Берестівська,Berestivska,Zaporizhzhia Oblast,Berdianskyi Raion
hromada,Коларівська,Kolarivska,Zaporizhzhia Oblast,Berdianskyi Raion
town,Єлизаветівка,Yelyzavetivka,Zaporizhzhia Oblast,Berdianskyi Raion
town,Нельгівка,Nelhivka,Zaporizhzhia Oblast,Berdianskyi Raion
hromada,Осипенківська,Osypenkivska,Zaporizhzhia Oblast,Berdianskyi Raion
town,Бердянське,Berdianske,Zaporizhzhia Oblast,Berdianskyi Raion
hromada,Приморська,Prymorska,Zaporizhzhia Oblast,Berdianskyi Raion
city,Приморськ,Prymorsk,Zaporizhzhia Oblast,Berdianskyi Raion
town,Набережне,Naberezhne,Zaporizhzhia Oblast,Berdianskyi Raion
town,Подспор’є,Podsporie,Zaporizhzhia Oblast,Berdianskyi Raion
hromada,Чернігівська,Chernihivska,Zaporizhzhia Oblast,Berdianskyi Raion
town,Чернігівка,Chernihivka,Zaporizhzhia Oblast,Berdianskyi Raion
town,Верхній Токмак Другий,Verkhnii Tokmak Druhyi,Zaporizhzhia Oblast,Berdianskyi Raion
town,Верхній Токмак Перший,Verkhnii Tokmak Pershyi,Zaporizhzhia Oblast,Berdianskyi Raion
town,Красне,Krasne,Zaporizhzhia Oblast,Berdianskyi Raion
town,Стульневе,Stulneve,Zaporizhzhia Oblast,Berdianskyi Raion
raion,Василівський,Vasylivskyi Raion,Zaporizhzhia Oblast,
hromada,Благовіщенська,Blahovishchenska,Zaporizhzhia Oblast,Vasylivskyi Raion
hromada,Василівська,Vasylivska,Zaporizhzhia Oblast,Vasylivskyi Raion
city,Василівка,Vasylivka,Zaporizhzhia Oblast,Vasylivskyi Raion
hromada,Великобілозерська,Velykobilozerska,Zaporizhzhia Oblast,Vasylivskyi Raion
hromada,Водянська,Vodianska,Zaporizhzhia Oblast,Vasylivskyi Raion
town,Заповітне,Zapovitne,Zaporizhzhia Oblast,Vasylivskyi Raion
hromada,Дніпрорудненська,Dniprorudnenska,Zaporizhzhia Oblast,Vasylivskyi Raion
city,Дніпрорудне,Dniprorudne,Zaporizhzhia Oblast,Vasylivskyi Raion
hromada,Енергодарська,Enerhodarska,Zaporizhzhia Oblast,Vasylivskyi Raion
city,Енергодар,Enerhodar,Zaporizhzhia Oblast,Vasylivskyi Raion
hromada,Кам’янсько-Дніпровська,Kamiansko-Dniprovska,Zaporizhzhia Oblast,Vasylivskyi Raion
city,Кам’янка-Дніпровська,Kamianka-Dniprovska,Zaporizhzhia Oblast,Vasylivskyi Raion
hromada,Малобілозерська,Malobilozerska,Zaporizhzhia Oblast,Vasylivskyi Raion
hromada,Михайлівська,Mykhailivska,Zaporizhzhia Oblast,Vasylivskyi Raion
town,Михайлівка,Mykhailivka,Zaporizhzhia Oblast,Vasylivskyi Raion
town,Пришиб,Pryshyb,Zaporizhzhia Oblast,Vasylivskyi Raion
hromada,Роздольська,Rozdolska,Zaporizhzhia Oblast,Vasylivskyi Raion
hromada,Степногірська,Stepnohirska,Zaporizhzhia Oblast,Vasylivskyi Raion
town,Степногірськ,Stepnohirsk,Zaporizhzhia Oblast,Vasylivskyi Raion
raion,Запорізький,Zaporizkyi Raion,Zaporizhzhia Oblast,
hromada,Біленьківська,Bilenkivska,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Вільнянська,Vilnianska,Zaporizhzhia Oblast,Zaporizkyi Raion
city,Вільнянськ,Vilniansk,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Долинська,Dolynska,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Високогірне,Vysokohirne,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Канцерівка,Kantserivka,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Запорізька,Zaporizka,Zaporizhzhia Oblast,Zaporizkyi Raion
city,Запоріжжя,Zaporizhzhia,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Комишуваська,Komyshuvaska,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Комишуваха,Komyshuvakha,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Зарічне,Zarichne,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Калинівка,Kalynivka,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Кирпотине,Kyrpotyne,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Новотавричеське,Novotavrycheske,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Кушугумська,Kushuhumska,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Кушугум,Kushuhum,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Балабине,Balabyne,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Малокатеринівка,Malokaterynivka,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Матвіївська,Matviivska,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Кам’яне,Kamiane,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Гасанівка,Hasanivka,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Михайлівська,Mykhailivska,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Михайло-Лукашівська,Mykhailo-Lukashivska,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Новомиколаївська,Novomykolaivska,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Новомиколаївка,Novomykolaivka,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Трудове,Trudove,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Новоолександрівська,Novooleksandrivska,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Річне,Richne,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Павлівська,Pavlivska,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Петро-Михайлівська,Petro-Mykhailivska,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Степненська,Stepnenska,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Івано-Ганнівка,Ivano-Hannivka,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Ростуще,Rostushche,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Таврійська,Tavriiska,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Тернуватська,Ternuvatska,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Тернувате,Ternuvate,Zaporizhzhia Oblast,Zaporizkyi Raion
hromada,Широківська,Shyrokivska,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Відрадне,Vidradne,Zaporizhzhia Oblast,Zaporizkyi Raion
town,Сонячне,Soniachne,Zaporizhzhia Oblast,Zaporizkyi Raion
raion,Мелітопольський,Melitopolskyi Raion,Zaporizhzhia Oblast,
hromada,Веселівська,Veselivska,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Веселе,Vesele,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Кирилівська,Kyrylivska,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Кирилівка,Kyrylivka,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Костянтинівська,Kostiantynivska,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Мелітопольська,Melitopolska,Zaporizhzhia Oblast,Melitopolskyi Raion
city,Мелітополь,Melitopol,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Мирненська,Myrnenska,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Мирне,Myrne,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Соснівка,Sosnivka,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Новенська,Novenska,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Нове,Nove,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Зелене,Zelene,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Садове,Sadove,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Фруктове,Fruktove,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Новобогданівська,Novobohdanivska,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Відродження,Vidrodzhennia,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Нововасилівська,Novovasylivska,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Нововасилівка,Novovasylivka,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Домузли,Domuzly,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Новоуспенівська,Novouspenivska,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Таврія,Tavriia,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Олександрівська,Oleksandrivska,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Плодородненська,Plodorodnenska,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Приазовська,Pryazovska,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Приазовське,Pryazovske,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Семенівська,Semenivska,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Малий Утлюг,Malyi Utliuh,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Степне,Stepne,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Трудове,Trudove,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Терпіннівська,Terpinnivska,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Зарічне,Zarichne,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Чкаловська,Chkalovska,Zaporizhzhia Oblast,Melitopolskyi Raion
hromada,Якимівська,Yakymivska,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Якимівка,Yakymivka,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Кошове,Koshove,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Січове,Sichove,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Трудове,Trudove,Zaporizhzhia Oblast,Melitopolskyi Raion
town,Якимівське,Yakymivske,Zaporizhzhia Oblast,Melitopolskyi Raion
raion,Пологівський,Polohivskyi Raion,Zaporizhzhia Oblast,
hromada,Більмацька,Bilmatska,Zaporizhzhia Oblast,Polohivskyi Raion
town,Кам’янка,Kamianka,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Воздвижівська,Vozdvyzhivska,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Воскресенська,Voskresenska,Zaporizhzhia Oblast,Polohivskyi Raion
town,Магедове,Mahedove,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Гуляйпільська,Huliaipilska,Zaporizhzhia Oblast,Polohivskyi Raion
city,Гуляйполе,Huliaipole,Zaporizhzhia Oblast,Polohivskyi Raion
town,Залізничне,Zaliznychne,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Комиш-Зорянська,Komysh-Zorianska,Zaporizhzhia Oblast,Polohivskyi Raion
town,Комиш-Зоря,Komysh-Zoria,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Малинівська,Malynivska,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Малотокмачанська,Malotokmachanska,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Молочанська,Molochanska,Zaporizhzhia Oblast,Polohivskyi Raion
city,Молочанськ,Molochansk,Zaporizhzhia Oblast,Polohivskyi Raion
town,Зоряне,Zoriane,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Оріхівська,Orikhivska,Zaporizhzhia Oblast,Polohivskyi Raion
city,Оріхів,Orikhiv,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Пологівська,Polohivska,Zaporizhzhia Oblast,Polohivskyi Raion
city,Пологи,Polohy,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Преображенська,Preobrazhenska,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Розівська,Rozivska,Zaporizhzhia Oblast,Polohivskyi Raion
town,Розівка,Rozivka,Zaporizhzhia Oblast,Polohivskyi Raion
town,Азов,Azov,Zaporizhzhia Oblast,Polohivskyi Raion
town,Мирне,Myrne,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Смирновська,Smyrnovska,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Токмацька,Tokmatska,Zaporizhzhia Oblast,Polohivskyi Raion
city,Токмак,Tokmak,Zaporizhzhia Oblast,Polohivskyi Raion
hromada,Федорівська,Fedorivska,Zaporizhzhia Oblast,Polohivskyi Raion
raion,Верховинський,Verkhovynskyi Raion,Ivano-Frankivsk Oblast,
hromada,Білоберізька,Biloberizka,Ivano-Frankivsk Oblast,Verkhovynskyi Raion
town,Стовпні,Stovpni,Ivano-Frankivsk Oblast,Verkhovynskyi Raion
hromada,Верховинська,Verkhovynska,Ivano-Frankivsk Oblast,Verkhovynskyi Raion
town,Верховина,Verkhovyna,Ivano-Frankivsk Oblast,Verkhovynskyi Raion
hromada,Зеленська,Zelenska,Ivano-Frankivsk Oblast,Verkhovynskyi Raion
raion,Івано-Франківський,Ivano-Frankivskyi Raion,Ivano-Frankivsk Oblast,
hromada,Більшівцівська,Bilshivtsivska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Більшівці,Bilshivtsi,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Богородчанська,Bohorodchanska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Богородчани,Bohorodchany,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Букачівська,Bukachivska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Букачівці,Bukachivtsi,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Бурштинська,Burshtynska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
city,Бурштин,Burshtyn,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Галицька,Halytska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
city,Галич,Halych,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Дзвиняцька,Dzvyniatska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Дубовецька,Dubovetska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Єзупільська,Yezupilska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Єзупіль,Yezupil,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Загвіздянська,Zahvizdianska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Івано-Франківська,Ivano-Frankivska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
city,Івано-Франківськ,Ivano-Frankivsk,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Лисецька,Lysetska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Лисець,Lysets,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Обертинська,Obertynska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Обертин,Obertyn,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Олешанська,Oleshanska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Рогатинська,Rohatynska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
city,Рогатин,Rohatyn,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Вигода,Vyhoda,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Григорівська Слобода,Hryhorivska Sloboda,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Кам’янка,Kamianka,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Лісова,Lisova,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Межигаї,Mezhyhai,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Пилипівці,Pylypivtsi,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Стефанівка,Stefanivka,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Солотвинська,Solotvynska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Солотвин,Solotvyn,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
town,Бойки,Boiky,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Старобогородчанська,Starobohorodchanska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Тисменицька,Tysmenytska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
city,Тисмениця,Tysmenytsia,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Тлумацька,Tlumatska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
city,Тлумач,Tlumach,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Угринівська,Uhrynivska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
hromada,Ямницька,Yamnytska,Ivano-Frankivsk Oblast,Ivano-Frankivskyi Raion
raion,Калуський,Kaluskyi Raion,Ivano-Frankivsk Oblast,
hromada,Болехівська,Bolekhivska,Ivano-Frankivsk Oblast,Kaluskyi Raion
city,Болехів,Bolekhiv,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Брошнів-Осадська,Broshniv-Osadska,Ivano-Frankivsk Oblast,Kaluskyi Raion
town,Брошнів-Осада,Broshniv-Osada,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Верхнянська,Verkhnianska,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Вигодська,Vyhodska,Ivano-Frankivsk Oblast,Kaluskyi Raion
town,Вигода,Vyhoda,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Витвицька,Vytvytska,Ivano-Frankivsk Oblast,Kaluskyi Raion
town,Вигодівка,Vyhodivka,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Войнилівська,Voinylivska,Ivano-Frankivsk Oblast,Kaluskyi Raion
town,Войнилів,Voinyliv,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Долинська,Dolynska,Ivano-Frankivsk Oblast,Kaluskyi Raion
city,Долина,Dolyna,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Дубівська,Dubivska,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Калуська,Kaluska,Ivano-Frankivsk Oblast,Kaluskyi Raion
city,Калуш,Kalush,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Новицька,Novytska,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Перегінська,Perehinska,Ivano-Frankivsk Oblast,Kaluskyi Raion
town,Перегінське,Perehinske,Ivano-Frankivsk Oblast,Kaluskyi Raion
town,Бабське,Babske,Ivano-Frankivsk Oblast,Kaluskyi Raion
town,Кузьминець,Kuzmynets,Ivano-Frankivsk Oblast,Kaluskyi Raion
town,Погар,Pohar,Ivano-Frankivsk Oblast,Kaluskyi Raion
town,Турівка,Turivka,Ivano-Frankivsk Oblast,Kaluskyi Raion
town,Черепина,Cherepyna,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Рожнятівська,Rozhniativska,Ivano-Frankivsk Oblast,Kaluskyi Raion
town,Рожнятів,Rozhniativ,Ivano-Frankivsk Oblast,Kaluskyi Raion
hromada,Спаська,Spaska,Ivano-Frankivsk Oblast,Kaluskyi Raion
raion,Коломийський,Kolomyiskyi Raion,Ivano-Frankivsk Oblast,
hromada,Гвіздецька,Hvizdetska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
town,Гвіздець,Hvizdets,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,Городенківська,Horodenkivska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
city,Городенка,Horodenka,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
town,Якубівка,Yakubivka,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,Заболотівська,Zabolotivska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
town,Заболотів,Zabolotiv,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,Коломийська,Kolomyiska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
city,Коломия,Kolomyia,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,Коршівська,Korshivska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,Матеївецька,Mateivetska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
town,Липники,Lypnyky,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,Нижньовербізька,Nyzhnoverbizka,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,Отинійська,Otyniiska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
town,Отинія,Otyniia,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,Печеніжинська,Pechenizhynska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
town,Печеніжин,Pechenizhyn,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,Підгайчиківська,Pidhaichykivska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,П’ядицька,Piadytska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
town,Студлів,Studliv,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,Снятинська,Sniatynska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
city,Снятин,Sniatyn,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
hromada,Чернелицька,Chernelytska,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
town,Чернелиця,Chernelytsia,Ivano-Frankivsk Oblast,Kolomyiskyi Raion
raion,Косівський,Kosivskyi Raion,Ivano-Frankivsk Oblast,
hromada,Косівська,Kosivska,Ivano-Frankivsk Oblast,Kosivskyi Raion
city,Косів,Kosiv,Ivano-Frankivsk Oblast,Kosivskyi Raion
hromada,Космацька,Kosmatska,Ivano-Frankivsk Oblast,Kosivskyi Raion
hromada,Кутська,Kutska,Ivano-Frankivsk Oblast,Kosivskyi Raion
town,Кути,Kuty,Ivano-Frankivsk Oblast,Kosivskyi Raion
hromada,Рожнівська,Rozhnivska,Ivano-Frankivsk Oblast,Kosivskyi Raion
hromada,Яблунівська,Yablunivska,Ivano-Frankivsk Oblast,Kosivskyi Raion
town,Яблунів,Yabluniv,Ivano-Frankivsk Oblast,Kosivskyi Raion
raion,Надвірнянський,Nadvirnianskyi Raion,Ivano-Frankivsk Oblast,
hromada,Ворохтянська,Vorokhtianska,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
town,Ворохта,Vorokhta,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
hromada,Делятинська,Deliatynska,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
town,Делятин,Deliatyn,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
hromada,Ланчинська,Lanchynska,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
town,Ланчин,Lanchyn,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
hromada,Надвірнянська,Nadvirnianska,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
city,Надвірна,Nadvirna,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
hromada,Пасічнянська,Pasichnianska,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
town,Битків,Bytkiv,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
hromada,Переріслянська,Pererislianska,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
hromada,Поляницька,Polianytska,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
town,Згари,Zghary,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
town,Причіл,Prychil,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
hromada,Яремчанська,Yaremchanska,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
city,Яремче,Yaremche,Ivano-Frankivsk Oblast,Nadvirnianskyi Raion
city,Прип’ять,Prypiat,Kyiv Oblast,
city,Чорнобиль,Chornobyl,Kyiv Oblast,
raion,Білоцерківський,Bilotserkivskyi Raion,Kyiv Oblast,
hromada,Білоцерківська,Bilotserkivska,Kyiv Oblast,Bilotserkivskyi Raion
city,Біла Церква,Bila Tserkva,Kyiv Oblast,Bilotserkivskyi Raion
town,Терезине,Terezyne,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Володарська,Volodarska,Kyiv Oblast,Bilotserkivskyi Raion
town,Володарка,Volodarka,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Гребінківська,Hrebinkivska,Kyiv Oblast,Bilotserkivskyi Raion
town,Гребінки,Hrebinky,Kyiv Oblast,Bilotserkivskyi Raion
town,Дослідницьке,Doslidnytske,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Ковалівська,Kovalivska,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Маловільшанська,Malovilshanska,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Медвинська,Medvynska,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Рокитнянська,Rokytnianska,Kyiv Oblast,Bilotserkivskyi Raion
town,Рокитне,Rokytne,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Сквирська,Skvyrska,Kyiv Oblast,Bilotserkivskyi Raion
city,Сквира,Skvyra,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Ставищенська,Stavyshchenska,Kyiv Oblast,Bilotserkivskyi Raion
town,Ставище,Stavyshche,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Таращанська,Tarashchanska,Kyiv Oblast,Bilotserkivskyi Raion
city,Тараща,Tarashcha,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Тетіївська,Tetiivska,Kyiv Oblast,Bilotserkivskyi Raion
city,Тетіїв,Tetiiv,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Узинська,Uzynska,Kyiv Oblast,Bilotserkivskyi Raion
city,Узин,Uzyn,Kyiv Oblast,Bilotserkivskyi Raion
hromada,Фурсівська,Fursivska,Kyiv Oblast,Bilotserkivskyi Raion
raion,Бориспільський,Boryspilskyi Raion,Kyiv Oblast,
hromada,Бориспільська,Boryspilska,Kyiv Oblast,Boryspilskyi Raion
city,Бориспіль,Boryspil,Kyiv Oblast,Boryspilskyi Raion
hromada,Вороньківська,Voronkivska,Kyiv Oblast,Boryspilskyi Raion
hromada,Гірська,Hirska,Kyiv Oblast,Boryspilskyi Raion
hromada,Дівичківська,Divychkivska,Kyiv Oblast,Boryspilskyi Raion
hromada,Золочівська,Zolochivska,Kyiv Oblast,Boryspilskyi Raion
hromada,Переяславська,Pereiaslavska,Kyiv Oblast,Boryspilskyi Raion
city,Переяслав,Pereiaslav,Kyiv Oblast,Boryspilskyi Raion
hromada,Пристолична,Prystolychna,Kyiv Oblast,Boryspilskyi Raion
hromada,Студениківська,Studenykivska,Kyiv Oblast,Boryspilskyi Raion
hromada,Ташанська,Tashanska,Kyiv Oblast,Boryspilskyi Raion
hromada,Циблівська,Tsyblivska,Kyiv Oblast,Boryspilskyi Raion
hromada,Яготинська,Yahotynska,Kyiv Oblast,Boryspilskyi Raion
city,Яготин,Yahotyn,Kyiv Oblast,Boryspilskyi Raion
town,Гречанівка,Hrechanivka,Kyiv Oblast,Boryspilskyi Raion
town,Черняхівка,Cherniakhivka,Kyiv Oblast,Boryspilskyi Raion
raion,Броварський,Brovarskyi Raion,Kyiv Oblast,
hromada,Баришівська,Baryshivska,Kyiv Oblast,Brovarskyi Raion
town,Баришівка,Baryshivka,Kyiv Oblast,Brovarskyi Raion
hromada,Березанська,Berezanska,Kyiv Oblast,Brovarskyi Raion
city,Березань,Berezan,Kyiv Oblast,Brovarskyi Raion
hromada,Броварська,Brovarska,Kyiv Oblast,Brovarskyi Raion
city,Бровари,Brovary,Kyiv Oblast,Brovarskyi Raion
hromada,Великодимерська,Velykodymerska,Kyiv Oblast,Brovarskyi Raion
town,Велика Димерка,Velyka Dymerka,Kyiv Oblast,Brovarskyi Raion
hromada,Зазимська,Zazymska,Kyiv Oblast,Brovarskyi Raion
hromada,Згурівська,Zghurivska,Kyiv Oblast,Brovarskyi Raion
town,Згурівка,Zghurivka,Kyiv Oblast,Brovarskyi Raion
hromada,Калинівська,Kalynivska,Kyiv Oblast,Brovarskyi Raion
town,Калинівка,Kalynivka,Kyiv Oblast,Brovarskyi Raion
hromada,Калитянська,Kalytianska,Kyiv Oblast,Brovarskyi Raion
town,Калита,Kalyta,Kyiv Oblast,Brovarskyi Raion
raion,Бучанський,Buchanskyi Raion,Kyiv Oblast,
hromada,Білогородська,Bilohorodska,Kyiv Oblast,Buchanskyi Raion
hromada,Бородянська,Borodianska,Kyiv Oblast,Buchanskyi Raion
town,Бородянка,Borodianka,Kyiv Oblast,Buchanskyi Raion
hromada,Борщагівська,Borshchahivska,Kyiv Oblast,Buchanskyi Raion
hromada,Бучанська,Buchanska,Kyiv Oblast,Buchanskyi Raion
city,Буча,Bucha,Kyiv Oblast,Buchanskyi Raion
town,Бабинці,Babyntsi,Kyiv Oblast,Buchanskyi Raion
town,Ворзель,Vorzel,Kyiv Oblast,Buchanskyi Raion
hromada,Вишнева,Vyshneva,Kyiv Oblast,Buchanskyi Raion
city,Вишневе,Vyshneve,Kyiv Oblast,Buchanskyi Raion
hromada,Гостомельська,Hostomelska,Kyiv Oblast,Buchanskyi Raion
town,Гостомель,Hostomel,Kyiv Oblast,Buchanskyi Raion
hromada,Дмитрівська,Dmytrivska,Kyiv Oblast,Buchanskyi Raion
hromada,Ірпінська,Irpinska,Kyiv Oblast,Buchanskyi Raion
city,Ірпінь,Irpin,Kyiv Oblast,Buchanskyi Raion
hromada,Коцюбинська,Kotsiubynska,Kyiv Oblast,Buchanskyi Raion
town,Коцюбинське,Kotsiubynske,Kyiv Oblast,Buchanskyi Raion
hromada,Макарівська,Makarivska,Kyiv Oblast,Buchanskyi Raion
town,Макарів,Makariv,Kyiv Oblast,Buchanskyi Raion
town,Кодра,Kodra,Kyiv Oblast,Buchanskyi Raion
hromada,Немішаївська,Nemishaivska,Kyiv Oblast,Buchanskyi Raion
town,Немішаєве,Nemishaieve,Kyiv Oblast,Buchanskyi Raion
town,Клавдієво-Тарасове,Klavdiievo-Tarasove,Kyiv Oblast,Buchanskyi Raion
hromada,Пісківська,Piskivska,Kyiv Oblast,Buchanskyi Raion
town,Пісківка,Piskivka,Kyiv Oblast,Buchanskyi Raion
raion,Вишгородський,Vyshhorodskyi Raion,Kyiv Oblast,
hromada,Вишгородська,Vyshhorodska,Kyiv Oblast,Vyshhorodskyi Raion
city,Вишгород,Vyshhorod,Kyiv Oblast,Vyshhorodskyi Raion
hromada,Димерська,Dymerska,Kyiv Oblast,Vyshhorodskyi Raion
town,Димер,Dymer,Kyiv Oblast,Vyshhorodskyi Raion
hromada,Іванківська,Ivankivska,Kyiv Oblast,Vyshhorodskyi Raion
town,Іванків,Ivankiv,Kyiv Oblast,Vyshhorodskyi Raion
hromada,Петрівська,Petrivska,Kyiv Oblast,Vyshhorodskyi Raion
hromada,Пірнівська,Pirnivska,Kyiv Oblast,Vyshhorodskyi Raion
hromada,Поліська,Poliska,Kyiv Oblast,Vyshhorodskyi Raion
town,Красятичі,Krasiatychi,Kyiv Oblast,Vyshhorodskyi Raion
hromada,Славутицька,Slavutytska,Kyiv Oblast,Vyshhorodskyi Raion
city,Славутич,Slavutych,Kyiv Oblast,Vyshhorodskyi Raion
raion,Обухівський,Obukhivskyi Raion,Kyiv Oblast,
hromada,Богуславська,Bohuslavska,Kyiv Oblast,Obukhivskyi Raion
city,Богуслав,Bohuslav,Kyiv Oblast,Obukhivskyi Raion
hromada,Васильківська,Vasylkivska,Kyiv Oblast,Obukhivskyi Raion
city,Васильків,Vasylkiv,Kyiv Oblast,Obukhivskyi Raion
hromada,Кагарлицька,Kaharlytska,Kyiv Oblast,Obukhivskyi Raion
city,Кагарлик,Kaharlyk,Kyiv Oblast,Obukhivskyi Raion
hromada,Козинська,Kozynska,Kyiv Oblast,Obukhivskyi Raion
town,Козин,Kozyn,Kyiv Oblast,Obukhivskyi Raion
hromada,Миронівська,Myronivska,Kyiv Oblast,Obukhivskyi Raion
city,Миронівка,Myronivka,Kyiv Oblast,Obukhivskyi Raion
hromada,Обухівська,Obukhivska,Kyiv Oblast,Obukhivskyi Raion
city,Обухів,Obukhiv,Kyiv Oblast,Obukhivskyi Raion
hromada,Ржищівська,Rzhyshchivska,Kyiv Oblast,Obukhivskyi Raion
city,Ржищів,Rzhyshchiv,Kyiv Oblast,Obukhivskyi Raion
hromada,Українська,Ukrainska,Kyiv Oblast,Obukhivskyi Raion
city,Українка,Ukrainka,Kyiv Oblast,Obukhivskyi Raion
hromada,Феодосіївська,Feodosiivska,Kyiv Oblast,Obukhivskyi Raion
raion,Фастівський,Fastivskyi Raion,Kyiv Oblast,
hromada,Бишівська,Byshivska,Kyiv Oblast,Fastivskyi Raion
hromada,Боярська,Boiarska,Kyiv Oblast,Fastivskyi Raion
city,Боярка,Boiarka,Kyiv Oblast,Fastivskyi Raion
hromada,Гатненська,Hatnenska,Kyiv Oblast,Fastivskyi Raion
hromada,Глевахівська,Hlevakhivska,Kyiv Oblast,Fastivskyi Raion
town,Глеваха,Hlevakha,Kyiv Oblast,Fastivskyi Raion
town,Зелений Бір,Zelenyi Bir,Kyiv Oblast,Fastivskyi Raion
hromada,Калинівська,Kalynivska,Kyiv Oblast,Fastivskyi Raion
town,Калинівка,Kalynivka,Kyiv Oblast,Fastivskyi Raion
hromada,Кожанська,Kozhanska,Kyiv Oblast,Fastivskyi Raion
town,Кожанка,Kozhanka,Kyiv Oblast,Fastivskyi Raion
town,Степове,Stepove,Kyiv Oblast,Fastivskyi Raion
hromada,Томашівська,Tomashivska,Kyiv Oblast,Fastivskyi Raion
hromada,Фастівська,Fastivska,Kyiv Oblast,Fastivskyi Raion
city,Фастів,Fastiv,Kyiv Oblast,Fastivskyi Raion
town,Борова,Borova,Kyiv Oblast,Fastivskyi Raion
hromada,Чабанівська,Chabanivska,Kyiv Oblast,Fastivskyi Raion
town,Чабани,Chabany,Kyiv Oblast,Fastivskyi Raion
raion,Голованівський,Holovanivskyi Raion,Kirovohrad Oblast,
hromada,Благовіщенська,Blahovishchenska,Kirovohrad Oblast,Holovanivskyi Raion
city,Благовіщенське,Blahovishchenske,Kirovohrad Oblast,Holovanivskyi Raion
hromada,Вільшанська,Vilshanska,Kirovohrad Oblast,Holovanivskyi Raion
town,Вільшанка,Vilshanka,Kirovohrad Oblast,Holovanivskyi Raion
hromada,Гайворонська,Haivoronska,Kirovohrad Oblast,Holovanivskyi Raion
city,Гайворон,Haivoron,Kirovohrad Oblast,Holovanivskyi Raion
hromada,Голованівська,Holovanivska,Kirovohrad Oblast,Holovanivskyi Raion
town,Голованівськ,Holovanivsk,Kirovohrad Oblast,Holovanivskyi Raion
town,Голованівськ,Holovanivsk,Kirovohrad Oblast,Holovanivskyi Raion
town,Ємилівка,Yemylivka,Kirovohrad Oblast,Holovanivskyi Raion
hromada,Заваллівська,Zavallivska,Kirovohrad Oblast,Holovanivskyi Raion
town,Завалля,Zavallia,Kirovohrad Oblast,Holovanivskyi Raion
town,Салькове,Salkove,Kirovohrad Oblast,Holovanivskyi Raion
hromada,Надлацька,Nadlatska,Kirovohrad Oblast,Holovanivskyi Raion
hromada,Новоархангельська,Novoarkhanhelska,Kirovohrad Oblast,Holovanivskyi Raion
town,Новоархангельськ,Novoarkhanhelsk,Kirovohrad Oblast,Holovanivskyi Raion
hromada,Перегонівська,Perehonivska,Kirovohrad Oblast,Holovanivskyi Raion
town,Лісне,Lisne,Kirovohrad Oblast,Holovanivskyi Raion
hromada,Підвисоцька,Pidvysotska,Kirovohrad Oblast,Holovanivskyi Raion
hromada,Побузька,Pobuzka,Kirovohrad Oblast,Holovanivskyi Raion
town,Побузьке,Pobuzke,Kirovohrad Oblast,Holovanivskyi Raion
raion,Кропивницький,Kropyvnytskyi Raion,Kirovohrad Oblast,
hromada,Аджамська,Adzhamska,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Бобринецька,Bobrynetska,Kirovohrad Oblast,Kropyvnytskyi Raion
city,Бобринець,Bobrynets,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Великосеверинівська,Velykoseverynivska,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Гурівська,Hurivska,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Дмитрівська,Dmytrivska,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Долинська,Dolynska,Kirovohrad Oblast,Kropyvnytskyi Raion
city,Долинська,Dolynska,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Молодіжне,Molodizhne,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Пелагеївка,Pelaheivka,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Знам’янська,Znamianska,Kirovohrad Oblast,Kropyvnytskyi Raion
city,Знам’янка,Znamianka,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Знам’янка Друга,Znamianka Druha,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Катеринівська,Katerynivska,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Кетрисанівська,Ketrysanivska,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Мирне,Myrne,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Роздолля,Rozdollia,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Южне,Yuzhne,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Компаніївська,Kompaniivska,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Компаніївка,Kompaniivka,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Кропивницька,Kropyvnytska,Kirovohrad Oblast,Kropyvnytskyi Raion
city,Кропивницький,Kropyvnytskyi,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Нове,Nove,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Новгородківська,Novhorodkivska,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Кам’янець,Kamianets,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Олександрівська,Oleksandrivska,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Олександрівка,Oleksandrivka,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Гайдамацьке,Haidamatske,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Лісове,Lisove,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Первозванівська,Pervozvanivska,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Соколівська,Sokolivska,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Шостаківка,Shostakivka,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Суботцівська,Subottsivska,Kirovohrad Oblast,Kropyvnytskyi Raion
hromada,Устинівська,Ustynivska,Kirovohrad Oblast,Kropyvnytskyi Raion
town,Устинівка,Ustynivka,Kirovohrad Oblast,Kropyvnytskyi Raion
raion,Новоукраїнський,Novoukrainskyi Raion,Kirovohrad Oblast,
hromada,Ганнівська,Hannivska,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Глодоська,Hlodoska,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Добровеличківська,Dobrovelychkivska,Kirovohrad Oblast,Novoukrainskyi Raion
town,Добровеличківка,Dobrovelychkivka,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Злинська,Zlynska,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Маловисківська,Malovyskivska,Kirovohrad Oblast,Novoukrainskyi Raion
city,Мала Виска,Mala Vyska,Kirovohrad Oblast,Novoukrainskyi Raion
town,Вишневе,Vyshneve,Kirovohrad Oblast,Novoukrainskyi Raion
town,Заповідне,Zapovidne,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Мар’янівська,Marianivska,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Новомиргородська,Novomyrhorodska,Kirovohrad Oblast,Novoukrainskyi Raion
city,Новомиргород,Novomyrhorod,Kirovohrad Oblast,Novoukrainskyi Raion
town,Капітанівка,Kapitanivka,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Новоукраїнська,Novoukrainska,Kirovohrad Oblast,Novoukrainskyi Raion
city,Новоукраїнка,Novoukrainka,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Піщанобрідська,Pishchanobridska,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Помічнянська,Pomichnianska,Kirovohrad Oblast,Novoukrainskyi Raion
city,Помічна,Pomichna,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Рівнянська,Rivnianska,Kirovohrad Oblast,Novoukrainskyi Raion
town,Костянтинівка,Kostiantynivka,Kirovohrad Oblast,Novoukrainskyi Raion
town,Новоселівка,Novoselivka,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Смолінська,Smolinska,Kirovohrad Oblast,Novoukrainskyi Raion
town,Смоліне,Smoline,Kirovohrad Oblast,Novoukrainskyi Raion
hromada,Тишківська,Tyshkivska,Kirovohrad Oblast,Novoukrainskyi Raion
raion,Олександрійський,Oleksandriiskyi Raion,Kirovohrad Oblast,
hromada,Великоандрусівська,Velykoandrusivska,Kirovohrad Oblast,Oleksandriiskyi Raion
hromada,Новопразька,Novoprazka,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Нова Прага,Nova Praha,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Гайове,Haiove,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Квітневе,Kvitneve,Kirovohrad Oblast,Oleksandriiskyi Raion
hromada,Олександрійська,Oleksandriiska,Kirovohrad Oblast,Oleksandriiskyi Raion
city,Олександрія,Oleksandriia,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Олександрійське,Oleksandriiske,Kirovohrad Oblast,Oleksandriiskyi Raion
hromada,Онуфріївська,Onufriivska,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Онуфріївка,Onufriivka,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Павлиш,Pavlysh,Kirovohrad Oblast,Oleksandriiskyi Raion
hromada,Пантаївська,Pantaivska,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Пантаївка,Pantaivka,Kirovohrad Oblast,Oleksandriiskyi Raion
hromada,Петрівська,Petrivska,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Петрове,Petrove,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Інгулецьке,Inhuletske,Kirovohrad Oblast,Oleksandriiskyi Raion
hromada,Попельнастівська,Popelnastivska,Kirovohrad Oblast,Oleksandriiskyi Raion
hromada,Приютівська,Pryiutivska,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Приютівка,Pryiutivka,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Веселе,Vesele,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Новоселівка,Novoselivka,Kirovohrad Oblast,Oleksandriiskyi Raion
hromada,Світловодська,Svitlovodska,Kirovohrad Oblast,Oleksandriiskyi Raion
city,Світловодськ,Svitlovodsk,Kirovohrad Oblast,Oleksandriiskyi Raion
town,Власівка,Vlasivka,Kirovohrad Oblast,Oleksandriiskyi Raion
raion,Алчевський,Alchevskyi Raion,Luhansk Oblast,
hromada,Алчевська,Alchevska,Luhansk Oblast,Alchevskyi Raion
city,Алчевськ,Alchevsk,Luhansk Oblast,Alchevskyi Raion
city,Зоринськ,Zorynsk,Luhansk Oblast,Alchevskyi Raion
city,Кипуче,Kypuche,Luhansk Oblast,Alchevskyi Raion
city,Перевальськ,Perevalsk,Luhansk Oblast,Alchevskyi Raion
town,Байрачки,Bairachky,Luhansk Oblast,Alchevskyi Raion
town,Біле,Bile,Luhansk Oblast,Alchevskyi Raion
town,Бугаївка,Buhaivka,Luhansk Oblast,Alchevskyi Raion
town,Городище,Horodyshche,Luhansk Oblast,Alchevskyi Raion
town,Голубівка,Holubivka,Luhansk Oblast,Alchevskyi Raion
town,Михайлівка,Mykhailivka,Luhansk Oblast,Alchevskyi Raion
town,Селезнівка,Seleznivka,Luhansk Oblast,Alchevskyi Raion
town,Фащівка,Fashchivka,Luhansk Oblast,Alchevskyi Raion
town,Центральний,Tsentralnyi,Luhansk Oblast,Alchevskyi Raion
town,Чорнухине,Chornukhyne,Luhansk Oblast,Alchevskyi Raion
town,Юр’ївка,Yurivka,Luhansk Oblast,Alchevskyi Raion
town,Ящикове,Yashchykove,Luhansk Oblast,Alchevskyi Raion
town,Боржиківка,Borzhykivka,Luhansk Oblast,Alchevskyi Raion
town,Депрерадівка,Depreradivka,Luhansk Oblast,Alchevskyi Raion
town,Карпати,Karpaty,Luhansk Oblast,Alchevskyi Raion
town,Круглик,Kruhlyk,Luhansk Oblast,Alchevskyi Raion
town,Міус,Mius,Luhansk Oblast,Alchevskyi Raion
town,Селезнівське,Seleznivske,Luhansk Oblast,Alchevskyi Raion
town,Софіївка,Sofiivka,Luhansk Oblast,Alchevskyi Raion
hromada,Зимогір’ївська,Zymohirivska,Luhansk Oblast,Alchevskyi Raion
city,Зимогір’я,Zymohiria,Luhansk Oblast,Alchevskyi Raion
town,Іванівське,Ivanivske,Luhansk Oblast,Alchevskyi Raion
town,Лозівський,Lozivskyi,Luhansk Oblast,Alchevskyi Raion
town,Родакове,Rodakove,Luhansk Oblast,Alchevskyi Raion
town,Слов’яносербськ,Slovianoserbsk,Luhansk Oblast,Alchevskyi Raion
town,Криворіжжя,Kryvorizhzhia,Luhansk Oblast,Alchevskyi Raion
town,Яснодольськ,Yasnodolsk,Luhansk Oblast,Alchevskyi Raion
hromada,Кадіївська,Kadiivska,Luhansk Oblast,Alchevskyi Raion
city,Кадіївка,Kadiivka,Luhansk Oblast,Alchevskyi Raion
city,Алмазна,Almazna,Luhansk Oblast,Alchevskyi Raion
city,Брянка,Brianka,Luhansk Oblast,Alchevskyi Raion
city,Голубівка,Holubivka,Luhansk Oblast,Alchevskyi Raion
city,Ірміно,Irmino,Luhansk Oblast,Alchevskyi Raion
city,Сокологірськ,Sokolohirsk,Luhansk Oblast,Alchevskyi Raion
town,Вергулівка,Verhulivka,Luhansk Oblast,Alchevskyi Raion
town,Ганнівка,Hannivka,Luhansk Oblast,Alchevskyi Raion
town,Глибокий,Hlybokyi,Luhansk Oblast,Alchevskyi Raion
town,Донецький,Donetskyi,Luhansk Oblast,Alchevskyi Raion
town,Калинове,Kalynove,Luhansk Oblast,Alchevskyi Raion
town,Криничанське,Krynychanske,Luhansk Oblast,Alchevskyi Raion
town,Ломуватка,Lomuvatka,Luhansk Oblast,Alchevskyi Raion
town,Сентянівка,Sentianivka,Luhansk Oblast,Alchevskyi Raion
town,Южна Ломуватка,Yuzhna Lomuvatka,Luhansk Oblast,Alchevskyi Raion
town,Голубівське,Holubivske,Luhansk Oblast,Alchevskyi Raion
town,Криничне,Krynychne,Luhansk Oblast,Alchevskyi Raion
town,Молодіжне,Molodizhne,Luhansk Oblast,Alchevskyi Raion
town,Новий,Novyi,Luhansk Oblast,Alchevskyi Raion
town,Старе,Stare,Luhansk Oblast,Alchevskyi Raion
town,Тавричанське,Tavrychanske,Luhansk Oblast,Alchevskyi Raion
raion,Довжанський,Dovzhanskyi Raion,Luhansk Oblast,
hromada,Довжанська,Dovzhanska,Luhansk Oblast,Dovzhanskyi Raion
city,Довжанськ,Dovzhansk,Luhansk Oblast,Dovzhanskyi Raion
city,Вознесенівка,Voznesenivka,Luhansk Oblast,Dovzhanskyi Raion
town,Вальянівське,Valianivske,Luhansk Oblast,Dovzhanskyi Raion
town,Ведмеже,Vedmezhe,Luhansk Oblast,Dovzhanskyi Raion
town,Великокам’янка,Velykokamianka,Luhansk Oblast,Dovzhanskyi Raion
town,Дубове,Dubove,Luhansk Oblast,Dovzhanskyi Raion
town,Кленовий,Klenovyi,Luhansk Oblast,Dovzhanskyi Raion
town,Криничне,Krynychne,Luhansk Oblast,Dovzhanskyi Raion
town,Кундрюче,Kundriuche,Luhansk Oblast,Dovzhanskyi Raion
town,Нагольно-Тарасівка,Naholno-Tarasivka,Luhansk Oblast,Dovzhanskyi Raion
town,Новодар’ївка,Novodarivka,Luhansk Oblast,Dovzhanskyi Raion
town,Павлівка,Pavlivka,Luhansk Oblast,Dovzhanskyi Raion
town,Шахтарське,Shakhtarske,Luhansk Oblast,Dovzhanskyi Raion
town,Братське,Bratske,Luhansk Oblast,Dovzhanskyi Raion
town,Валянівськ,Valianivsk,Luhansk Oblast,Dovzhanskyi Raion
town,Довжанське,Dovzhanske,Luhansk Oblast,Dovzhanskyi Raion
town,Іващенко,Ivashchenko,Luhansk Oblast,Dovzhanskyi Raion
town,Калинівка,Kalynivka,Luhansk Oblast,Dovzhanskyi Raion
town,Киселеве,Kyseleve,Luhansk Oblast,Dovzhanskyi Raion
town,Покровка,Pokrovka,Luhansk Oblast,Dovzhanskyi Raion
town,Прохладне,Prokhladne,Luhansk Oblast,Dovzhanskyi Raion
town,Устинівка,Ustynivka,Luhansk Oblast,Dovzhanskyi Raion
town,Федорівка,Fedorivka,Luhansk Oblast,Dovzhanskyi Raion
town,Хмельницький,Khmelnytskyi,Luhansk Oblast,Dovzhanskyi Raion
hromada,Сорокинська,Sorokynska,Luhansk Oblast,Dovzhanskyi Raion
city,Сорокине,Sorokyne,Luhansk Oblast,Dovzhanskyi Raion
city,Суходільськ,Sukhodilsk,Luhansk Oblast,Dovzhanskyi Raion
town,Ізварине,Izvaryne,Luhansk Oblast,Dovzhanskyi Raion
town,Прикордонне,Prykordonne,Luhansk Oblast,Dovzhanskyi Raion
town,Сєверний,Sievernyi,Luhansk Oblast,Dovzhanskyi Raion
town,Сєверо-Гундорівський,Sievero-Hundorivskyi,Luhansk Oblast,Dovzhanskyi Raion
town,Тепле,Teple,Luhansk Oblast,Dovzhanskyi Raion
town,Урало-Кавказ,Uralo-Kavkaz,Luhansk Oblast,Dovzhanskyi Raion
town,Західний,Zakhidnyi,Luhansk Oblast,Dovzhanskyi Raion
town,Малокалинове,Malokalynove,Luhansk Oblast,Dovzhanskyi Raion
town,Нижня Шевирівка,Nyzhnia Shevyrivka,Luhansk Oblast,Dovzhanskyi Raion
town,Поріччя,Porichchia,Luhansk Oblast,Dovzhanskyi Raion
town,Світличне,Svitlychne,Luhansk Oblast,Dovzhanskyi Raion
raion,Луганський,Luhanskyi Raion,Luhansk Oblast,
hromada,Луганська,Luhanska,Luhansk Oblast,Luhanskyi Raion
city,Луганськ,Luhansk,Luhansk Oblast,Luhanskyi Raion
city,Олександрівськ,Oleksandrivsk,Luhansk Oblast,Luhanskyi Raion
town,Катеринівка,Katerynivka,Luhansk Oblast,Luhanskyi Raion
town,Зразкове,Zrazkove,Luhansk Oblast,Luhanskyi Raion
town,Металіст,Metalist,Luhansk Oblast,Luhanskyi Raion
town,Тепличне,Teplychne,Luhansk Oblast,Luhanskyi Raion
town,Фабричне,Fabrychne,Luhansk Oblast,Luhanskyi Raion
hromada,Лутугинська,Lutuhynska,Luhansk Oblast,Luhanskyi Raion
city,Лутугине,Lutuhyne,Luhansk Oblast,Luhanskyi Raion
town,Білоріченський,Bilorichenskyi,Luhansk Oblast,Luhanskyi Raion
town,Врубівський,Vrubivskyi,Luhansk Oblast,Luhanskyi Raion
town,Георгіївка,Heorhiivka,Luhansk Oblast,Luhanskyi Raion
town,Марія,Mariia,Luhansk Oblast,Luhanskyi Raion
town,Успенка,Uspenka,Luhansk Oblast,Luhanskyi Raion
town,Титаренкове,Tytarenkove,Luhansk Oblast,Luhanskyi Raion
town,Збірне,Zbirne,Luhansk Oblast,Luhanskyi Raion
town,Кам’яний Пласт,Kamianyi Plast,Luhansk Oblast,Luhanskyi Raion
town,Ключове,Kliuchove,Luhansk Oblast,Luhanskyi Raion
town,Комишуваха,Komyshuvakha,Luhansk Oblast,Luhanskyi Raion
town,Лісне,Lisne,Luhansk Oblast,Luhanskyi Raion
town,Мирне,Myrne,Luhansk Oblast,Luhanskyi Raion
town,Новопавлівка,Novopavlivka,Luhansk Oblast,Luhanskyi Raion
town,Шимшинівка,Shymshynivka,Luhansk Oblast,Luhanskyi Raion
town,Ясне,Yasne,Luhansk Oblast,Luhanskyi Raion
hromada,Молодогвардійська,Molodohvardiiska,Luhansk Oblast,Luhanskyi Raion
city,Отаманівка,Otamanivka,Luhansk Oblast,Luhanskyi Raion
town,Буран,Buran,Luhansk Oblast,Luhanskyi Raion
town,Великий Лог,Velykyi Loh,Luhansk Oblast,Luhanskyi Raion
town,Гірне,Hirne,Luhansk Oblast,Luhanskyi Raion
town,Мирне,Myrne,Luhansk Oblast,Luhanskyi Raion
town,Новоолександрівка,Novooleksandrivka,Luhansk Oblast,Luhanskyi Raion
town,Новосвітлівка,Novosvitlivka,Luhansk Oblast,Luhanskyi Raion
town,Сімейкине,Simeikyne,Luhansk Oblast,Luhanskyi Raion
town,Талове,Talove,Luhansk Oblast,Luhanskyi Raion
town,Верхня Краснянка,Verkhnia Krasnianka,Luhansk Oblast,Luhanskyi Raion
town,Новосімейкіне,Novosimeikine,Luhansk Oblast,Luhanskyi Raion
town,Хрящувате,Khriashchuvate,Luhansk Oblast,Luhanskyi Raion
town,Широке,Shyroke,Luhansk Oblast,Luhanskyi Raion
raion,Ровеньківський,Rovenkivskyi Raion,Luhansk Oblast,
hromada,Антрацитівська,Antratsytivska,Luhansk Oblast,Rovenkivskyi Raion
city,Антрацит,Antratsyt,Luhansk Oblast,Rovenkivskyi Raion
town,Боково-Платове,Bokovo-Platove,Luhansk Oblast,Rovenkivskyi Raion
town,Верхній Нагольчик,Verkhnii Naholchyk,Luhansk Oblast,Rovenkivskyi Raion
town,Дубівський,Dubivskyi,Luhansk Oblast,Rovenkivskyi Raion
town,Єсаулівка,Yesaulivka,Luhansk Oblast,Rovenkivskyi Raion
town,Кам’яне,Kamiane,Luhansk Oblast,Rovenkivskyi Raion
town,Кріпенський,Kripenskyi,Luhansk Oblast,Rovenkivskyi Raion
town,Нижній Нагольчик,Nyzhnii Naholchyk,Luhansk Oblast,Rovenkivskyi Raion
town,Щотове,Shchotove,Luhansk Oblast,Rovenkivskyi Raion
town,Ясенівський,Yasenivskyi,Luhansk Oblast,Rovenkivskyi Raion
town,Ковпакове,Kovpakove,Luhansk Oblast,Rovenkivskyi Raion
town,Лісне,Lisne,Luhansk Oblast,Rovenkivskyi Raion
town,Мельникове,Melnykove,Luhansk Oblast,Rovenkivskyi Raion
town,Садовий,Sadovyi,Luhansk Oblast,Rovenkivskyi Raion
town,Степове,Stepove,Luhansk Oblast,Rovenkivskyi Raion
town,Христофорівка,Khrystoforivka,Luhansk Oblast,Rovenkivskyi Raion
hromada,Ровеньківська,Rovenkivska,Luhansk Oblast,Rovenkivskyi Raion
city,Ровеньки,Rovenky,Luhansk Oblast,Rovenkivskyi Raion
town,Гірник,Hirnyk,Luhansk Oblast,Rovenkivskyi Raion
town,Картушине,Kartushyne,Luhansk Oblast,Rovenkivskyi Raion
town,Любимівка,Liubymivka,Luhansk Oblast,Rovenkivskyi Raion
town,Михайлівка,Mykhailivka,Luhansk Oblast,Rovenkivskyi Raion
town,Тацине,Tatsyne,Luhansk Oblast,Rovenkivskyi Raion
town,Кошари,Koshary,Luhansk Oblast,Rovenkivskyi Raion
town,Новоукраїнка,Novoukrainka,Luhansk Oblast,Rovenkivskyi Raion
hromada,Хрустальненська,Khrustalnenska,Luhansk Oblast,Rovenkivskyi Raion
city,Хрустальний,Khrustalnyi,Luhansk Oblast,Rovenkivskyi Raion
city,Боково-Хрустальне,Bokovo-Khrustalne,Luhansk Oblast,Rovenkivskyi Raion
city,Міусинськ,Miusynsk,Luhansk Oblast,Rovenkivskyi Raion
city,Петрово-Красносілля,Petrovo-Krasnosillia,Luhansk Oblast,Rovenkivskyi Raion
town,Грушове,Hrushove,Luhansk Oblast,Rovenkivskyi Raion
town,Запоріжжя,Zaporizhzhia,Luhansk Oblast,Rovenkivskyi Raion
town,Іванівка,Ivanivka,Luhansk Oblast,Rovenkivskyi Raion
town,Княгинівка,Kniahynivka,Luhansk Oblast,Rovenkivskyi Raion
town,Красний Кут,Krasnyi Kut,Luhansk Oblast,Rovenkivskyi Raion
town,Маломиколаївка,Malomykolaivka,Luhansk Oblast,Rovenkivskyi Raion
town,Садово-Хрустальненський,Sadovo-Khrustalnenskyi,Luhansk Oblast,Rovenkivskyi Raion
town,Софіївський,Sofiivskyi,Luhansk Oblast,Rovenkivskyi Raion
town,Фащівка,Fashchivka,Luhansk Oblast,Rovenkivskyi Raion
town,Федорівка,Fedorivka,Luhansk Oblast,Rovenkivskyi Raion
town,Хрустальне,Khrustalne,Luhansk Oblast,Rovenkivskyi Raion
town,Штерівка,Shterivka,Luhansk Oblast,Rovenkivskyi Raion
town,Буткевич,Butkevych,Luhansk Oblast,Rovenkivskyi Raion
town,Вергулівське,Verhulivske,Luhansk Oblast,Rovenkivskyi Raion
town,Давидівка,Davydivka,Luhansk Oblast,Rovenkivskyi Raion
town,Індустрія,Industriia,Luhansk Oblast,Rovenkivskyi Raion
town,Ковильне,Kovylne,Luhansk Oblast,Rovenkivskyi Raion
town,Козаківка,Kozakivka,Luhansk Oblast,Rovenkivskyi Raion
town,Комендантське,Komendantske,Luhansk Oblast,Rovenkivskyi Raion
town,Краснолуцький,Krasnolutskyi,Luhansk Oblast,Rovenkivskyi Raion
town,Курган,Kurhan,Luhansk Oblast,Rovenkivskyi Raion
town,Орлівське,Orlivske,Luhansk Oblast,Rovenkivskyi Raion
town,Сонячне,Soniachne,Luhansk Oblast,Rovenkivskyi Raion
town,Степове,Stepove,Luhansk Oblast,Rovenkivskyi Raion
town,Тамара,Tamara,Luhansk Oblast,Rovenkivskyi Raion
town,Трубний,Trubnyi,Luhansk Oblast,Rovenkivskyi Raion
town,Урожайне,Urozhaine,Luhansk Oblast,Rovenkivskyi Raion
town,Хрустальний,Khrustalnyi,Luhansk Oblast,Rovenkivskyi Raion
town,Широкий,Shyrokyi,Luhansk Oblast,Rovenkivskyi Raion
raion,Сватівський,Svativskyi Raion,Luhansk Oblast,
hromada,Білокуракинська,Bilokurakynska,Luhansk Oblast,Svativskyi Raion
town,Білокуракине,Bilokurakyne,Luhansk Oblast,Svativskyi Raion
hromada,Коломийчиська,Kolomyichyska,Luhansk Oblast,Svativskyi Raion
town,Новоселівське,Novoselivske,Luhansk Oblast,Svativskyi Raion
hromada,Красноріченська,Krasnorichenska,Luhansk Oblast,Svativskyi Raion
town,Красноріченське,Krasnorichenske,Luhansk Oblast,Svativskyi Raion
hromada,Лозно-Олександрівська,Lozno-Oleksandrivska,Luhansk Oblast,Svativskyi Raion
town,Лозно-Олександрівка,Lozno-Oleksandrivka,Luhansk Oblast,Svativskyi Raion
town,Мирне,Myrne,Luhansk Oblast,Svativskyi Raion
hromada,Нижньодуванська,Nyzhnoduvanska,Luhansk Oblast,Svativskyi Raion
town,Нижня Дуванка,Nyzhnia Duvanka,Luhansk Oblast,Svativskyi Raion
hromada,Сватівська,Svativska,Luhansk Oblast,Svativskyi Raion
city,Сватове,Svatove,Luhansk Oblast,Svativskyi Raion
town,Західний,Zakhidnyi,Luhansk Oblast,Svativskyi Raion
town,Лагідне,Lahidne,Luhansk Oblast,Svativskyi Raion
town,Сосновий,Sosnovyi,Luhansk Oblast,Svativskyi Raion
hromada,Троїцька,Troitska,Luhansk Oblast,Svativskyi Raion
town,Троїцьке,Troitske,Luhansk Oblast,Svativskyi Raion
raion,Сіверськодонецький,Siverskodonetskyi Raion,Luhansk Oblast,
hromada,Гірська,Hirska,Luhansk Oblast,Siverskodonetskyi Raion
city,Гірське,Hirske,Luhansk Oblast,Siverskodonetskyi Raion
city,Золоте,Zolote,Luhansk Oblast,Siverskodonetskyi Raion
town,Нижнє,Nyzhnie,Luhansk Oblast,Siverskodonetskyi Raion
town,Новотошківське,Novotoshkivske,Luhansk Oblast,Siverskodonetskyi Raion
town,Тошківка,Toshkivka,Luhansk Oblast,Siverskodonetskyi Raion
hromada,Кремінська,Kreminska,Luhansk Oblast,Siverskodonetskyi Raion
city,Кремінна,Kreminna,Luhansk Oblast,Siverskodonetskyi Raion
town,Діброва,Dibrova,Luhansk Oblast,Siverskodonetskyi Raion
town,Житлівка,Zhytlivka,Luhansk Oblast,Siverskodonetskyi Raion
town,Кузьмине,Kuzmyne,Luhansk Oblast,Siverskodonetskyi Raion
town,Стара Краснянка,Stara Krasnianka,Luhansk Oblast,Siverskodonetskyi Raion
hromada,Лисичанська,Lysychanska,Luhansk Oblast,Siverskodonetskyi Raion
city,Лисичанськ,Lysychansk,Luhansk Oblast,Siverskodonetskyi Raion
city,Новодружеськ,Novodruzhesk,Luhansk Oblast,Siverskodonetskyi Raion
city,Привілля,Pryvillia,Luhansk Oblast,Siverskodonetskyi Raion
town,Білогорівка,Bilohorivka,Luhansk Oblast,Siverskodonetskyi Raion
town,Вовчоярівка,Vovchoiarivka,Luhansk Oblast,Siverskodonetskyi Raion
town,Малорязанцеве,Maloriazantseve,Luhansk Oblast,Siverskodonetskyi Raion
town,Мирна Долина,Myrna Dolyna,Luhansk Oblast,Siverskodonetskyi Raion
town,Лисичанський,Lysychanskyi,Luhansk Oblast,Siverskodonetskyi Raion
town,Лоскутівка,Loskutivka,Luhansk Oblast,Siverskodonetskyi Raion
town,Підлісне,Pidlisne,Luhansk Oblast,Siverskodonetskyi Raion
town,Тополівка,Topolivka,Luhansk Oblast,Siverskodonetskyi Raion
hromada,Попаснянська,Popasnianska,Luhansk Oblast,Siverskodonetskyi Raion
city,Попасна,Popasna,Luhansk Oblast,Siverskodonetskyi Raion
town,Врубівка,Vrubivka,Luhansk Oblast,Siverskodonetskyi Raion
town,Комишуваха,Komyshuvakha,Luhansk Oblast,Siverskodonetskyi Raion
town,Глинокар’єр,Hlynokarier,Luhansk Oblast,Siverskodonetskyi Raion
town,Дружба,Druzhba,Luhansk Oblast,Siverskodonetskyi Raion
town,Миколаївка,Mykolaivka,Luhansk Oblast,Siverskodonetskyi Raion
town,Ниркове,Nyrkove,Luhansk Oblast,Siverskodonetskyi Raion
hromada,Рубіжанська,Rubizhanska,Luhansk Oblast,Siverskodonetskyi Raion
city,Рубіжне,Rubizhne,Luhansk Oblast,Siverskodonetskyi Raion
hromada,Сєвєродонецька,Sievierodonetska,Luhansk Oblast,Siverskodonetskyi Raion
city,Сіверськодонецьк,Siverskodonetsk,Luhansk Oblast,Siverskodonetskyi Raion
town,Борівське,Borivske,Luhansk Oblast,Siverskodonetskyi Raion
town,Воронове,Voronove,Luhansk Oblast,Siverskodonetskyi Raion
town,Метьолкіне,Metolkine,Luhansk Oblast,Siverskodonetskyi Raion
town,Сиротине,Syrotyne,Luhansk Oblast,Siverskodonetskyi Raion
town,Лісна Дача,Lisna Dacha,Luhansk Oblast,Siverskodonetskyi Raion
town,Павлоград,Pavlohrad,Luhansk Oblast,Siverskodonetskyi Raion
town,Синецький,Synetskyi,Luhansk Oblast,Siverskodonetskyi Raion
raion,Старобільський,Starobilskyi Raion,Luhansk Oblast,
hromada,Біловодська,Bilovodska,Luhansk Oblast,Starobilskyi Raion
town,Біловодськ,Bilovodsk,Luhansk Oblast,Starobilskyi Raion
hromada,Білолуцька,Bilolutska,Luhansk Oblast,Starobilskyi Raion
town,Білолуцьк,Bilolutsk,Luhansk Oblast,Starobilskyi Raion
town,Зелений Гай,Zelenyi Hai,Luhansk Oblast,Starobilskyi Raion
hromada,Марківська,Markivska,Luhansk Oblast,Starobilskyi Raion
town,Марківка,Markivka,Luhansk Oblast,Starobilskyi Raion
hromada,Міловська,Milovska,Luhansk Oblast,Starobilskyi Raion
town,Мілове,Milove,Luhansk Oblast,Starobilskyi Raion
hromada,Новопсковська,Novopskovska,Luhansk Oblast,Starobilskyi Raion
town,Айдар,Aidar,Luhansk Oblast,Starobilskyi Raion
hromada,Старобільська,Starobilska,Luhansk Oblast,Starobilskyi Raion
city,Старобільськ,Starobilsk,Luhansk Oblast,Starobilskyi Raion
hromada,Чмирівська,Chmyrivska,Luhansk Oblast,Starobilskyi Raion
town,Степове,Stepove,Luhansk Oblast,Starobilskyi Raion
hromada,Шульгинська,Shulhynska,Luhansk Oblast,Starobilskyi Raion
raion,Щастинський,Shchastynskyi Raion,Luhansk Oblast,
hromada,Нижньотеплівська,Nyzhnoteplivska,Luhansk Oblast,Shchastynskyi Raion
hromada,Новоайдарська,Novoaidarska,Luhansk Oblast,Shchastynskyi Raion
town,Новоайдар,Novoaidar,Luhansk Oblast,Shchastynskyi Raion
town,Побєда,Pobieda,Luhansk Oblast,Shchastynskyi Raion
hromada,Станично-Луганська,Stanychno-Luhanska,Luhansk Oblast,Shchastynskyi Raion
town,Станиця Луганська,Stanytsia Luhanska,Luhansk Oblast,Shchastynskyi Raion
town,Вільхове,Vilkhove,Luhansk Oblast,Shchastynskyi Raion
hromada,Широківська,Shyrokivska,Luhansk Oblast,Shchastynskyi Raion
town,Широкий,Shyrokyi,Luhansk Oblast,Shchastynskyi Raion
town,Козачий,Kozachyi,Luhansk Oblast,Shchastynskyi Raion
town,Розквіт,Rozkvit,Luhansk Oblast,Shchastynskyi Raion
town,Степове,Stepove,Luhansk Oblast,Shchastynskyi Raion
town,Талове,Talove,Luhansk Oblast,Shchastynskyi Raion
hromada,Щастинська,Shchastynska,Luhansk Oblast,Shchastynskyi Raion
city,Щастя,Shchastia,Luhansk Oblast,Shchastynskyi Raion
town,Петропавлівка,Petropavlivka,Luhansk Oblast,Shchastynskyi Raion
raion,Дрогобицький,Drohobytskyi Raion,Lviv Oblast,
hromada,Бориславська,Boryslavska,Lviv Oblast,Drohobytskyi Raion
city,Борислав,Boryslav,Lviv Oblast,Drohobytskyi Raion
hromada,Дрогобицька,Drohobytska,Lviv Oblast,Drohobytskyi Raion
city,Дрогобич,Drohobych,Lviv Oblast,Drohobytskyi Raion
city,Стебник,Stebnyk,Lviv Oblast,Drohobytskyi Raion
hromada,Меденицька,Medenytska,Lviv Oblast,Drohobytskyi Raion
town,Меденичі,Medenychi,Lviv Oblast,Drohobytskyi Raion
hromada,Східницька,Skhidnytska,Lviv Oblast,Drohobytskyi Raion
town,Східниця,Skhidnytsia,Lviv Oblast,Drohobytskyi Raion
town,Підбуж,Pidbuzh,Lviv Oblast,Drohobytskyi Raion
hromada,Трускавецька,Truskavetska,Lviv Oblast,Drohobytskyi Raion
city,Трускавець,Truskavets,Lviv Oblast,Drohobytskyi Raion
raion,Золочівський,Zolochivskyi Raion,Lviv Oblast,
hromada,Бродівська,Brodivska,Lviv Oblast,Zolochivskyi Raion
city,Броди,Brody,Lviv Oblast,Zolochivskyi Raion
hromada,Буська,Buska,Lviv Oblast,Zolochivskyi Raion
city,Буськ,Busk,Lviv Oblast,Zolochivskyi Raion
town,Олесько,Olesko,Lviv Oblast,Zolochivskyi Raion
hromada,Заболотцівська,Zabolottsivska,Lviv Oblast,Zolochivskyi Raion
hromada,Золочівська,Zolochivska,Lviv Oblast,Zolochivskyi Raion
city,Золочів,Zolochiv,Lviv Oblast,Zolochivskyi Raion
hromada,Красненська,Krasnenska,Lviv Oblast,Zolochivskyi Raion
town,Красне,Krasne,Lviv Oblast,Zolochivskyi Raion
hromada,Підкамінська,Pidkaminska,Lviv Oblast,Zolochivskyi Raion
town,Підкамінь,Pidkamin,Lviv Oblast,Zolochivskyi Raion
hromada,Поморянська,Pomorianska,Lviv Oblast,Zolochivskyi Raion
town,Поморяни,Pomoriany,Lviv Oblast,Zolochivskyi Raion
raion,Львівський,Lvivskyi Raion,Lviv Oblast,
hromada,Бібрська,Bibrska,Lviv Oblast,Lvivskyi Raion
city,Бібрка,Bibrka,Lviv Oblast,Lvivskyi Raion
town,Нові Стрілища,Novi Strilyshcha,Lviv Oblast,Lvivskyi Raion
hromada,Великолюбінська,Velykoliubinska,Lviv Oblast,Lvivskyi Raion
town,Великий Любінь,Velykyi Liubin,Lviv Oblast,Lvivskyi Raion
hromada,Глинянська,Hlynianska,Lviv Oblast,Lvivskyi Raion
city,Глиняни,Hlyniany,Lviv Oblast,Lvivskyi Raion
hromada,Городоцька,Horodotska,Lviv Oblast,Lvivskyi Raion
city,Городок,Horodok,Lviv Oblast,Lvivskyi Raion
hromada,Давидівська,Davydivska,Lviv Oblast,Lvivskyi Raion
hromada,Добросинсько-Магерівська,Dobrosynsko-Maherivska,Lviv Oblast,Lvivskyi Raion
town,Магерів,Maheriv,Lviv Oblast,Lvivskyi Raion
hromada,Жовківська,Zhovkivska,Lviv Oblast,Lvivskyi Raion
city,Жовква,Zhovkva,Lviv Oblast,Lvivskyi Raion
hromada,Жовтанецька,Zhovtanetska,Lviv Oblast,Lvivskyi Raion
hromada,Зимноводівська,Zymnovodivska,Lviv Oblast,Lvivskyi Raion
hromada,Кам’янка-Бузька,Kamianka-Buzka,Lviv Oblast,Lvivskyi Raion
city,Кам’янка-Бузька,Kamianka-Buzka,Lviv Oblast,Lvivskyi Raion
hromada,Комарнівська,Komarnivska,Lviv Oblast,Lvivskyi Raion
city,Комарно,Komarno,Lviv Oblast,Lvivskyi Raion
hromada,Куликівська,Kulykivska,Lviv Oblast,Lvivskyi Raion
town,Куликів,Kulykiv,Lviv Oblast,Lvivskyi Raion
hromada,Львівська,Lvivska,Lviv Oblast,Lvivskyi Raion
city,Львів,Lviv,Lviv Oblast,Lvivskyi Raion
city,Винники,Vynnyky,Lviv Oblast,Lvivskyi Raion
city,Дубляни,Dubliany,Lviv Oblast,Lvivskyi Raion
town,Брюховичі,Briukhovychi,Lviv Oblast,Lvivskyi Raion
town,Рудне,Rudne,Lviv Oblast,Lvivskyi Raion
hromada,Мурованська,Murovanska,Lviv Oblast,Lvivskyi Raion
hromada,Новояричівська,Novoiarychivska,Lviv Oblast,Lvivskyi Raion
town,Новий Яричів,Novyi Yarychiv,Lviv Oblast,Lvivskyi Raion
town,Запитів,Zapytiv,Lviv Oblast,Lvivskyi Raion
hromada,Оброшинська,Obroshynska,Lviv Oblast,Lvivskyi Raion
hromada,Перемишлянська,Peremyshlianska,Lviv Oblast,Lvivskyi Raion
city,Перемишляни,Peremyshliany,Lviv Oblast,Lvivskyi Raion
hromada,Підберізцівська,Pidberiztsivska,Lviv Oblast,Lvivskyi Raion
hromada,Пустомитівська,Pustomytivska,Lviv Oblast,Lvivskyi Raion
city,Пустомити,Pustomyty,Lviv Oblast,Lvivskyi Raion
hromada,Рава-Руська,Rava-Ruska,Lviv Oblast,Lvivskyi Raion
city,Рава-Руська,Rava-Ruska,Lviv Oblast,Lvivskyi Raion
hromada,Сокільницька,Sokilnytska,Lviv Oblast,Lvivskyi Raion
hromada,Солонківська,Solonkivska,Lviv Oblast,Lvivskyi Raion
hromada,Щирецька,Shchyretska,Lviv Oblast,Lvivskyi Raion
town,Щирець,Shchyrets,Lviv Oblast,Lvivskyi Raion
raion,Самбірський,Sambirskyi Raion,Lviv Oblast,
hromada,Бісковицька,Biskovytska,Lviv Oblast,Sambirskyi Raion
hromada,Боринська,Borynska,Lviv Oblast,Sambirskyi Raion
town,Бориня,Borynia,Lviv Oblast,Sambirskyi Raion
hromada,Добромильська,Dobromylska,Lviv Oblast,Sambirskyi Raion
city,Добромиль,Dobromyl,Lviv Oblast,Sambirskyi Raion
town,Нижанковичі,Nyzhankovychi,Lviv Oblast,Sambirskyi Raion
hromada,Новокалинівська,Novokalynivska,Lviv Oblast,Sambirskyi Raion
city,Новий Калинів,Novyi Kalyniv,Lviv Oblast,Sambirskyi Raion
town,Дубляни,Dubliany,Lviv Oblast,Sambirskyi Raion
hromada,Ралівська,Ralivska,Lviv Oblast,Sambirskyi Raion
hromada,Рудківська,Rudkivska,Lviv Oblast,Sambirskyi Raion
city,Рудки,Rudky,Lviv Oblast,Sambirskyi Raion
hromada,Самбірська,Sambirska,Lviv Oblast,Sambirskyi Raion
city,Самбір,Sambir,Lviv Oblast,Sambirskyi Raion
hromada,Старосамбірська,Starosambirska,Lviv Oblast,Sambirskyi Raion
city,Старий Самбір,Staryi Sambir,Lviv Oblast,Sambirskyi Raion
town,Стара Сіль,Stara Sil,Lviv Oblast,Sambirskyi Raion
hromada,Стрілківська,Strilkivska,Lviv Oblast,Sambirskyi Raion
hromada,Турківська,Turkivska,Lviv Oblast,Sambirskyi Raion
city,Турка,Turka,Lviv Oblast,Sambirskyi Raion
hromada,Хирівська,Khyrivska,Lviv Oblast,Sambirskyi Raion
city,Хирів,Khyriv,Lviv Oblast,Sambirskyi Raion
raion,Стрийський,Stryiskyi Raion,Lviv Oblast,
hromada,Гніздичівська,Hnizdychivska,Lviv Oblast,Stryiskyi Raion
town,Гніздичів,Hnizdychiv,Lviv Oblast,Stryiskyi Raion
hromada,Грабовецько-Дулібівська,Hrabovetsko-Dulibivska,Lviv Oblast,Stryiskyi Raion
hromada,Жидачівська,Zhydachivska,Lviv Oblast,Stryiskyi Raion
city,Жидачів,Zhydachiv,Lviv Oblast,Stryiskyi Raion
hromada,Журавненська,Zhuravnenska,Lviv Oblast,Stryiskyi Raion
town,Журавно,Zhuravno,Lviv Oblast,Stryiskyi Raion
hromada,Козівська,Kozivska,Lviv Oblast,Stryiskyi Raion
hromada,Миколаївська,Mykolaivska,Lviv Oblast,Stryiskyi Raion
city,Миколаїв,Mykolaiv,Lviv Oblast,Stryiskyi Raion
hromada,Моршинська,Morshynska,Lviv Oblast,Stryiskyi Raion
city,Моршин,Morshyn,Lviv Oblast,Stryiskyi Raion
hromada,Новороздільська,Novorozdilska,Lviv Oblast,Stryiskyi Raion
city,Новий Розділ,Novyi Rozdil,Lviv Oblast,Stryiskyi Raion
town,Розділ,Rozdil,Lviv Oblast,Stryiskyi Raion
hromada,Розвадівська,Rozvadivska,Lviv Oblast,Stryiskyi Raion
hromada,Сколівська,Skolivska,Lviv Oblast,Stryiskyi Raion
city,Сколе,Skole,Lviv Oblast,Stryiskyi Raion
town,Верхнє Синьовидне,Verkhnie Synovydne,Lviv Oblast,Stryiskyi Raion
hromada,Славська,Slavska,Lviv Oblast,Stryiskyi Raion
town,Славсько,Slavsko,Lviv Oblast,Stryiskyi Raion
hromada,Стрийська,Stryiska,Lviv Oblast,Stryiskyi Raion
city,Стрий,Stryi,Lviv Oblast,Stryiskyi Raion
town,Дашава,Dashava,Lviv Oblast,Stryiskyi Raion
hromada,Тростянецька,Trostianetska,Lviv Oblast,Stryiskyi Raion
town,Липівка,Lypivka,Lviv Oblast,Stryiskyi Raion
hromada,Ходорівська,Khodorivska,Lviv Oblast,Stryiskyi Raion
city,Ходорів,Khodoriv,Lviv Oblast,Stryiskyi Raion
raion,Шептицький,Sheptytskyi Raion,Lviv Oblast,
hromada,Белзька,Belzka,Lviv Oblast,Sheptytskyi Raion
city,Белз,Belz,Lviv Oblast,Sheptytskyi Raion
city,Угнів,Uhniv,Lviv Oblast,Sheptytskyi Raion
hromada,Великомостівська,Velykomostivska,Lviv Oblast,Sheptytskyi Raion
city,Великі Мости,Velyki Mosty,Lviv Oblast,Sheptytskyi Raion
hromada,Добротвірська,Dobrotvirska,Lviv Oblast,Sheptytskyi Raion
town,Добротвір,Dobrotvir,Lviv Oblast,Sheptytskyi Raion
hromada,Лопатинська,Lopatynska,Lviv Oblast,Sheptytskyi Raion
town,Лопатин,Lopatyn,Lviv Oblast,Sheptytskyi Raion
hromada,Радехівська,Radekhivska,Lviv Oblast,Sheptytskyi Raion
city,Радехів,Radekhiv,Lviv Oblast,Sheptytskyi Raion
hromada,Сокальська,Sokalska,Lviv Oblast,Sheptytskyi Raion
city,Сокаль,Sokal,Lviv Oblast,Sheptytskyi Raion
town,Жвирка,Zhvyrka,Lviv Oblast,Sheptytskyi Raion
hromada,Червоноградська,Chervonohradska,Lviv Oblast,Sheptytskyi Raion
city,Шептицький,Sheptytskyi,Lviv Oblast,Sheptytskyi Raion
city,Соснівка,Sosnivka,Lviv Oblast,Sheptytskyi Raion
town,Гірник,Hirnyk,Lviv Oblast,Sheptytskyi Raion
raion,Яворівський,Yavorivskyi Raion,Lviv Oblast,
hromada,Івано-Франківська,Ivano-Frankivska,Lviv Oblast,Yavorivskyi Raion
town,Івано-Франкове,Ivano-Frankove,Lviv Oblast,Yavorivskyi Raion
hromada,Мостиська,Mostyska,Lviv Oblast,Yavorivskyi Raion
city,Мостиська,Mostyska,Lviv Oblast,Yavorivskyi Raion
hromada,Новояворівська,Novoiavorivska,Lviv Oblast,Yavorivskyi Raion
city,Новояворівськ,Novoiavorivsk,Lviv Oblast,Yavorivskyi Raion
town,Шкло,Shklo,Lviv Oblast,Yavorivskyi Raion
hromada,Судововишнянська,Sudovovyshnianska,Lviv Oblast,Yavorivskyi Raion
city,Судова Вишня,Sudova Vyshnia,Lviv Oblast,Yavorivskyi Raion
hromada,Шегинівська,Shehynivska,Lviv Oblast,Yavorivskyi Raion
hromada,Яворівська,Yavorivska,Lviv Oblast,Yavorivskyi Raion
city,Яворів,Yavoriv,Lviv Oblast,Yavorivskyi Raion
town,Краковець,Krakovets,Lviv Oblast,Yavorivskyi Raion
town,Немирів,Nemyriv,Lviv Oblast,Yavorivskyi Raion
raion,Баштанський,Bashtanskyi Raion,Mykolaiv Oblast,
hromada,Баштанська,Bashtanska,Mykolaiv Oblast,Bashtanskyi Raion
city,Баштанка,Bashtanka,Mykolaiv Oblast,Bashtanskyi Raion
town,Андріївка,Andriivka,Mykolaiv Oblast,Bashtanskyi Raion
hromada,Березнегуватська,Bereznehuvatska,Mykolaiv Oblast,Bashtanskyi Raion
town,Березнегувате,Bereznehuvate,Mykolaiv Oblast,Bashtanskyi Raion
town,Березнегувате,Bereznehuvate,Mykolaiv Oblast,Bashtanskyi Raion
town,Добре,Dobre,Mykolaiv Oblast,Bashtanskyi Raion
hromada,Вільнозапорізька,Vilnozaporizka,Mykolaiv Oblast,Bashtanskyi Raion
town,Полтавка,Poltavka,Mykolaiv Oblast,Bashtanskyi Raion
hromada,Володимирівська,Volodymyrivska,Mykolaiv Oblast,Bashtanskyi Raion
town,Лісове,Lisove,Mykolaiv Oblast,Bashtanskyi Raion
hromada,Горохівська,Horokhivska,Mykolaiv Oblast,Bashtanskyi Raion
town,Галаганівка,Halahanivka,Mykolaiv Oblast,Bashtanskyi Raion
town,Садове,Sadove,Mykolaiv Oblast,Bashtanskyi Raion
town,Світла Дача,Svitla Dacha,Mykolaiv Oblast,Bashtanskyi Raion
hromada,Інгульська,Inhulska,Mykolaiv Oblast,Bashtanskyi Raion
town,Лоцкине,Lotskyne,Mykolaiv Oblast,Bashtanskyi Raion
town,Перемога,Peremoha,Mykolaiv Oblast,Bashtanskyi Raion
hromada,Казанківська,Kazankivska,Mykolaiv Oblast,Bashtanskyi Raion
town,Казанка,Kazanka,Mykolaiv Oblast,Bashtanskyi Raion
town,Висунь,Vysun,Mykolaiv Oblast,Bashtanskyi Raion
town,Гранітне,Hranitne,Mykolaiv Oblast,Bashtanskyi Raion
town,Добровільське,Dobrovilske,Mykolaiv Oblast,Bashtanskyi Raion
town,Казанка,Kazanka,Mykolaiv Oblast,Bashtanskyi Raion
town,Копані,Kopani,Mykolaiv Oblast,Bashtanskyi Raion
town,Новоданилівка,Novodanylivka,Mykolaiv Oblast,Bashtanskyi Raion
town,Утішне,Utishne,Mykolaiv Oblast,Bashtanskyi Raion
hromada,Новобузька,Novobuzka,Mykolaiv Oblast,Bashtanskyi Raion
city,Новий Буг,Novyi Buh,Mykolaiv Oblast,Bashtanskyi Raion
hromada,Привільненська,Pryvilnenska,Mykolaiv Oblast,Bashtanskyi Raion
hromada,Снігурівська,Snihurivska,Mykolaiv Oblast,Bashtanskyi Raion
city,Снігурівка,Snihurivka,Mykolaiv Oblast,Bashtanskyi Raion
town,Васильки,Vasylky,Mykolaiv Oblast,Bashtanskyi Raion
town,Ясна Поляна,Yasna Poliana,Mykolaiv Oblast,Bashtanskyi Raion
hromada,Софіївська,Sofiivska,Mykolaiv Oblast,Bashtanskyi Raion
town,Щасливе,Shchaslyve,Mykolaiv Oblast,Bashtanskyi Raion
hromada,Широківська,Shyrokivska,Mykolaiv Oblast,Bashtanskyi Raion
town,Широке,Shyroke,Mykolaiv Oblast,Bashtanskyi Raion
town,Поляна,Poliana,Mykolaiv Oblast,Bashtanskyi Raion
town,Степове,Stepove,Mykolaiv Oblast,Bashtanskyi Raion
raion,Вознесенський,Voznesenskyi Raion,Mykolaiv Oblast,
hromada,Братська,Bratska,Mykolaiv Oblast,Voznesenskyi Raion
town,Братське,Bratske,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Бузька,Buzka,Mykolaiv Oblast,Voznesenskyi Raion
town,Вознесенське,Voznesenske,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Веселинівська,Veselynivska,Mykolaiv Oblast,Voznesenskyi Raion
town,Веселинове,Veselynove,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Вознесенська,Voznesenska,Mykolaiv Oblast,Voznesenskyi Raion
city,Вознесенськ,Voznesensk,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Доманівська,Domanivska,Mykolaiv Oblast,Voznesenskyi Raion
town,Доманівка,Domanivka,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Дорошівська,Doroshivska,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Єланецька,Yelanetska,Mykolaiv Oblast,Voznesenskyi Raion
town,Єланець,Yelanets,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Мостівська,Mostivska,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Новомар’ївська,Novomarivska,Mykolaiv Oblast,Voznesenskyi Raion
town,Людмилівка,Liudmylivka,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Олександрівська,Oleksandrivska,Mykolaiv Oblast,Voznesenskyi Raion
town,Олександрівка,Oleksandrivka,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Прибужанівська,Prybuzhanivska,Mykolaiv Oblast,Voznesenskyi Raion
town,Мартинівське,Martynivske,Mykolaiv Oblast,Voznesenskyi Raion
town,Новосілка,Novosilka,Mykolaiv Oblast,Voznesenskyi Raion
town,Тімірязєвка,Timiriazievka,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Прибузька,Prybuzka,Mykolaiv Oblast,Voznesenskyi Raion
hromada,Южноукраїнська,Yuzhnoukrainska,Mykolaiv Oblast,Voznesenskyi Raion
city,Південноукраїнськ,Pivdennoukrainsk,Mykolaiv Oblast,Voznesenskyi Raion
town,Костянтинівка,Kostiantynivka,Mykolaiv Oblast,Voznesenskyi Raion
raion,Миколаївський,Mykolaivskyi Raion,Mykolaiv Oblast,
hromada,Березанська,Berezanska,Mykolaiv Oblast,Mykolaivskyi Raion
town,Березанка,Berezanka,Mykolaiv Oblast,Mykolaivskyi Raion
town,Елеваторне,Elevatorne,Mykolaiv Oblast,Mykolaivskyi Raion
town,Елеваторне,Elevatorne,Mykolaiv Oblast,Mykolaivskyi Raion
town,Крутоярка,Krutoiarka,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Веснянська,Vesnianska,Mykolaiv Oblast,Mykolaivskyi Raion
town,Весняне,Vesniane,Mykolaiv Oblast,Mykolaivskyi Raion
town,Зелений Яр,Zelenyi Yar,Mykolaiv Oblast,Mykolaivskyi Raion
town,Надбузьке,Nadbuzke,Mykolaiv Oblast,Mykolaivskyi Raion
town,Чумаки,Chumaky,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Воскресенська,Voskresenska,Mykolaiv Oblast,Mykolaivskyi Raion
town,Воскресенське,Voskresenske,Mykolaiv Oblast,Mykolaivskyi Raion
town,Горохівка,Horokhivka,Mykolaiv Oblast,Mykolaivskyi Raion
town,Миролюбове,Myroliubove,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Галицинівська,Halytsynivska,Mykolaiv Oblast,Mykolaivskyi Raion
town,Степова Долина,Stepova Dolyna,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Коблівська,Koblivska,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Костянтинівська,Kostiantynivska,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Куцурубська,Kutsurubska,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Миколаївська,Mykolaivska,Mykolaiv Oblast,Mykolaivskyi Raion
city,Миколаїв,Mykolaiv,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Мішково-Погорілівська,Mishkovo-Pohorilivska,Mykolaiv Oblast,Mykolaivskyi Raion
town,Зайчівське,Zaichivske,Mykolaiv Oblast,Mykolaivskyi Raion
town,Капустине,Kapustyne,Mykolaiv Oblast,Mykolaivskyi Raion
town,Каравелове,Karavelove,Mykolaiv Oblast,Mykolaivskyi Raion
town,Святомиколаївка,Sviatomykolaivka,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Нечаянська,Nechaianska,Mykolaiv Oblast,Mykolaivskyi Raion
town,Благодарівка,Blahodarivka,Mykolaiv Oblast,Mykolaivskyi Raion
town,Маловарварівка,Malovarvarivka,Mykolaiv Oblast,Mykolaivskyi Raion
town,Мирне,Myrne,Mykolaiv Oblast,Mykolaivskyi Raion
town,Тронка,Tronka,Mykolaiv Oblast,Mykolaivskyi Raion
town,Чемерлієве,Chemerliieve,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Новоодеська,Novoodeska,Mykolaiv Oblast,Mykolaivskyi Raion
city,Нова Одеса,Nova Odesa,Mykolaiv Oblast,Mykolaivskyi Raion
town,Дільниче,Dilnyche,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Ольшанська,Olshanska,Mykolaiv Oblast,Mykolaivskyi Raion
town,Ольшанське,Olshanske,Mykolaiv Oblast,Mykolaivskyi Raion
town,Ясна Зоря,Yasna Zoria,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Очаківська,Ochakivska,Mykolaiv Oblast,Mykolaivskyi Raion
city,Очаків,Ochakiv,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Первомайська,Pervomaiska,Mykolaiv Oblast,Mykolaivskyi Raion
town,Первомайське,Pervomaiske,Mykolaiv Oblast,Mykolaivskyi Raion
town,Засілля,Zasillia,Mykolaiv Oblast,Mykolaivskyi Raion
town,Квітневе,Kvitneve,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Радсадівська,Radsadivska,Mykolaiv Oblast,Mykolaivskyi Raion
town,Радісний Сад,Radisnyi Sad,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Степівська,Stepivska,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Сухоєланецька,Sukhoielanetska,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Чорноморська,Chornomorska,Mykolaiv Oblast,Mykolaivskyi Raion
hromada,Шевченківська,Shevchenkivska,Mykolaiv Oblast,Mykolaivskyi Raion
town,Водник,Vodnyk,Mykolaiv Oblast,Mykolaivskyi Raion
town,Знам’янка,Znamianka,Mykolaiv Oblast,Mykolaivskyi Raion
town,Луч,Luch,Mykolaiv Oblast,Mykolaivskyi Raion
town,Любомирівка,Liubomyrivka,Mykolaiv Oblast,Mykolaivskyi Raion
town,Полігон,Polihon,Mykolaiv Oblast,Mykolaivskyi Raion
town,Тернові Поди,Ternovi Pody,Mykolaiv Oblast,Mykolaivskyi Raion
town,Центральне,Tsentralne,Mykolaiv Oblast,Mykolaivskyi Raion
raion,Первомайський,Pervomaiskyi Raion,Mykolaiv Oblast,
hromada,Арбузинська,Arbuzynska,Mykolaiv Oblast,Pervomaiskyi Raion
town,Арбузинка,Arbuzynka,Mykolaiv Oblast,Pervomaiskyi Raion
town,Кавуни,Kavuny,Mykolaiv Oblast,Pervomaiskyi Raion
town,Костянтинівка,Kostiantynivka,Mykolaiv Oblast,Pervomaiskyi Raion
hromada,Благодатненська,Blahodatnenska,Mykolaiv Oblast,Pervomaiskyi Raion
hromada,Врадіївська,Vradiivska,Mykolaiv Oblast,Pervomaiskyi Raion
town,Врадіївка,Vradiivka,Mykolaiv Oblast,Pervomaiskyi Raion
hromada,Кам’яномостівська,Kamianomostivska,Mykolaiv Oblast,Pervomaiskyi Raion
town,Кам’яний Міст,Kamianyi Mist,Mykolaiv Oblast,Pervomaiskyi Raion
town,Садибне,Sadybne,Mykolaiv Oblast,Pervomaiskyi Raion
hromada,Кривоозерська,Kryvoozerska,Mykolaiv Oblast,Pervomaiskyi Raion
town,Криве Озеро,Kryve Ozero,Mykolaiv Oblast,Pervomaiskyi Raion
town,Іванівка,Ivanivka,Mykolaiv Oblast,Pervomaiskyi Raion
town,Климівка,Klymivka,Mykolaiv Oblast,Pervomaiskyi Raion
town,Купріянівка,Kupriianivka,Mykolaiv Oblast,Pervomaiskyi Raion
town,Семенівка,Semenivka,Mykolaiv Oblast,Pervomaiskyi Raion
hromada,Мигіївська,Myhiivska,Mykolaiv Oblast,Pervomaiskyi Raion
town,Бандурка,Bandurka,Mykolaiv Oblast,Pervomaiskyi Raion
town,Іванівка,Ivanivka,Mykolaiv Oblast,Pervomaiskyi Raion
hromada,Первомайська,Pervomaiska,Mykolaiv Oblast,Pervomaiskyi Raion
city,Первомайськ,Pervomaisk,Mykolaiv Oblast,Pervomaiskyi Raion
town,Підгородна,Pidhorodna,Mykolaiv Oblast,Pervomaiskyi Raion
hromada,Синюхинобрідська,Syniukhynobridska,Mykolaiv Oblast,Pervomaiskyi Raion
town,Єрмолаївка,Yermolaivka,Mykolaiv Oblast,Pervomaiskyi Raion
town,Новоолександрівка,Novooleksandrivka,Mykolaiv Oblast,Pervomaiskyi Raion
raion,Березівський,Berezivskyi Raion,Odesa Oblast,
hromada,Андрієво-Іванівська,Andriievo-Ivanivska,Odesa Oblast,Berezivskyi Raion
hromada,Березівська,Berezivska,Odesa Oblast,Berezivskyi Raion
city,Березівка,Berezivka,Odesa Oblast,Berezivskyi Raion
hromada,Великобуялицька,Velykobuialytska,Odesa Oblast,Berezivskyi Raion
town,Буялик,Buialyk,Odesa Oblast,Berezivskyi Raion
hromada,Знам’янська,Znamianska,Odesa Oblast,Berezivskyi Raion
town,Радісне,Radisne,Odesa Oblast,Berezivskyi Raion
hromada,Іванівська,Ivanivska,Odesa Oblast,Berezivskyi Raion
town,Іванівка,Ivanivka,Odesa Oblast,Berezivskyi Raion
hromada,Коноплянська,Konoplianska,Odesa Oblast,Berezivskyi Raion
hromada,Курісовська,Kurisovska,Odesa Oblast,Berezivskyi Raion
hromada,Миколаївська,Mykolaivska,Odesa Oblast,Berezivskyi Raion
town,Миколаївка,Mykolaivka,Odesa Oblast,Berezivskyi Raion
hromada,Новокальчевська,Novokalchevska,Odesa Oblast,Berezivskyi Raion
hromada,Петровірівська,Petrovirivska,Odesa Oblast,Berezivskyi Raion
hromada,Раухівська,Raukhivska,Odesa Oblast,Berezivskyi Raion
town,Раухівка,Raukhivka,Odesa Oblast,Berezivskyi Raion
hromada,Розквітівська,Rozkvitivska,Odesa Oblast,Berezivskyi Raion
hromada,Старомаяківська,Staromaiakivska,Odesa Oblast,Berezivskyi Raion
hromada,Стрюківська,Striukivska,Odesa Oblast,Berezivskyi Raion
hromada,Чогодарівська,Chohodarivska,Odesa Oblast,Berezivskyi Raion
hromada,Ширяївська,Shyriaivska,Odesa Oblast,Berezivskyi Raion
town,Ширяєве,Shyriaieve,Odesa Oblast,Berezivskyi Raion
raion,Білгород-Дністровський,Bilhorod-Dnistrovskyi Raion,Odesa Oblast,
hromada,Білгород-Дністровська,Bilhorod-Dnistrovska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
city,Білгород-Дністровський,Bilhorod-Dnistrovskyi,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Дивізійська,Dyviziiska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Кароліно-Бугазька,Karolino-Buhazka,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
town,Затока,Zatoka,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Кулевчанська,Kulevchanska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Лиманська,Lymanska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Маразліївська,Marazliivska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Мологівська,Molohivska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Петропавлівська,Petropavlivska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Плахтіївська,Plakhtiivska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
town,Пасічне,Pasichne,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Саратська,Saratska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
town,Сарата,Sarata,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Сергіївська,Serhiivska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
town,Сергіївка,Serhiivka,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Старокозацька,Starokozatska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Татарбунарська,Tatarbunarska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
city,Татарбунари,Tatarbunary,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Тузлівська,Tuzlivska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Успенівська,Uspenivska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
hromada,Шабівська,Shabivska,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
town,Прибережне,Pryberezhne,Odesa Oblast,Bilhorod-Dnistrovskyi Raion
raion,Болградський,Bolhradskyi Raion,Odesa Oblast,
hromada,Арцизька,Artsyzka,Odesa Oblast,Bolhradskyi Raion
city,Арциз,Artsyz,Odesa Oblast,Bolhradskyi Raion
town,Новохолмське,Novokholmske,Odesa Oblast,Bolhradskyi Raion
hromada,Болградська,Bolhradska,Odesa Oblast,Bolhradskyi Raion
city,Болград,Bolhrad,Odesa Oblast,Bolhradskyi Raion
hromada,Бородінська,Borodinska,Odesa Oblast,Bolhradskyi Raion
town,Буджак,Budzhak,Odesa Oblast,Bolhradskyi Raion
hromada,Василівська,Vasylivska,Odesa Oblast,Bolhradskyi Raion
hromada,Городненська,Horodnenska,Odesa Oblast,Bolhradskyi Raion
hromada,Криничненська,Krynychnenska,Odesa Oblast,Bolhradskyi Raion
hromada,Кубейська,Kubeiska,Odesa Oblast,Bolhradskyi Raion
hromada,Павлівська,Pavlivska,Odesa Oblast,Bolhradskyi Raion
hromada,Тарутинська,Tarutynska,Odesa Oblast,Bolhradskyi Raion
town,Бессарабське,Bessarabske,Odesa Oblast,Bolhradskyi Raion
town,Соборне,Soborne,Odesa Oblast,Bolhradskyi Raion
town,Серпневе,Serpneve,Odesa Oblast,Bolhradskyi Raion
hromada,Теплицька,Teplytska,Odesa Oblast,Bolhradskyi Raion
raion,Ізмаїльський,Izmailskyi Raion,Odesa Oblast,
hromada,Вилківська,Vylkivska,Odesa Oblast,Izmailskyi Raion
city,Вилкове,Vylkove,Odesa Oblast,Izmailskyi Raion
town,Біле,Bile,Odesa Oblast,Izmailskyi Raion
hromada,Ізмаїльська,Izmailska,Odesa Oblast,Izmailskyi Raion
city,Ізмаїл,Izmail,Odesa Oblast,Izmailskyi Raion
hromada,Кілійська,Kiliiska,Odesa Oblast,Izmailskyi Raion
city,Кілія,Kiliia,Odesa Oblast,Izmailskyi Raion
hromada,Ренійська,Reniiska,Odesa Oblast,Izmailskyi Raion
city,Рені,Reni,Odesa Oblast,Izmailskyi Raion
hromada,Саф’янівська,Safianivska,Odesa Oblast,Izmailskyi Raion
hromada,Суворовська,Suvorovska,Odesa Oblast,Izmailskyi Raion
town,Катлабуг,Katlabuh,Odesa Oblast,Izmailskyi Raion
town,Дзинілор,Dzynilor,Odesa Oblast,Izmailskyi Raion
raion,Одеський,Odeskyi Raion,Odesa Oblast,
hromada,Авангардівська,Avanhardivska,Odesa Oblast,Odeskyi Raion
town,Авангард,Avanhard,Odesa Oblast,Odeskyi Raion
town,Хлібодарське,Khlibodarske,Odesa Oblast,Odeskyi Raion
town,Радісне,Radisne,Odesa Oblast,Odeskyi Raion
hromada,Біляївська,Biliaivska,Odesa Oblast,Odeskyi Raion
city,Біляївка,Biliaivka,Odesa Oblast,Odeskyi Raion
hromada,Великодальницька,Velykodalnytska,Odesa Oblast,Odeskyi Raion
town,Розселенець,Rozselenets,Odesa Oblast,Odeskyi Raion
hromada,Великодолинська,Velykodolynska,Odesa Oblast,Odeskyi Raion
town,Великодолинське,Velykodolynske,Odesa Oblast,Odeskyi Raion
hromada,Вигодянська,Vyhodianska,Odesa Oblast,Odeskyi Raion
town,Дослідне,Doslidne,Odesa Oblast,Odeskyi Raion
hromada,Визирська,Vyzyrska,Odesa Oblast,Odeskyi Raion
hromada,Дальницька,Dalnytska,Odesa Oblast,Odeskyi Raion
town,Богатирівка,Bohatyrivka,Odesa Oblast,Odeskyi Raion
hromada,Дачненська,Dachnenska,Odesa Oblast,Odeskyi Raion
hromada,Доброславська,Dobroslavska,Odesa Oblast,Odeskyi Raion
town,Доброслав,Dobroslav,Odesa Oblast,Odeskyi Raion
town,Степове,Stepove,Odesa Oblast,Odeskyi Raion
hromada,Красносільська,Krasnosilska,Odesa Oblast,Odeskyi Raion
hromada,Маяківська,Maiakivska,Odesa Oblast,Odeskyi Raion
hromada,Нерубайська,Nerubaiska,Odesa Oblast,Odeskyi Raion
town,Усатове,Usatove,Odesa Oblast,Odeskyi Raion
hromada,Овідіопольська,Ovidiopolska,Odesa Oblast,Odeskyi Raion
town,Овідіополь,Ovidiopol,Odesa Oblast,Odeskyi Raion
hromada,Одеська,Odeska,Odesa Oblast,Odeskyi Raion
city,Одеса,Odesa,Odesa Oblast,Odeskyi Raion
hromada,Таїровська,Tairovska,Odesa Oblast,Odeskyi Raion
town,Таїрове,Tairove,Odesa Oblast,Odeskyi Raion
hromada,Теплодарська,Teplodarska,Odesa Oblast,Odeskyi Raion
city,Теплодар,Teplodar,Odesa Oblast,Odeskyi Raion
hromada,Усатівська,Usativska,Odesa Oblast,Odeskyi Raion
town,Набережне,Naberezhne,Odesa Oblast,Odeskyi Raion
town,Нова Ковалівка,Nova Kovalivka,Odesa Oblast,Odeskyi Raion
hromada,Фонтанська,Fontanska,Odesa Oblast,Odeskyi Raion
town,Ліски,Lisky,Odesa Oblast,Odeskyi Raion
town,Світле,Svitle,Odesa Oblast,Odeskyi Raion
hromada,Чорноморська,Chornomorska,Odesa Oblast,Odeskyi Raion
city,Чорноморськ,Chornomorsk,Odesa Oblast,Odeskyi Raion
town,Олександрівка,Oleksandrivka,Odesa Oblast,Odeskyi Raion
hromada,Чорноморська,Chornomorska,Odesa Oblast,Odeskyi Raion
town,Чорноморське,Chornomorske,Odesa Oblast,Odeskyi Raion
hromada,Южненська,Yuzhnenska,Odesa Oblast,Odeskyi Raion
city,Південне,Pivdenne,Odesa Oblast,Odeskyi Raion
town,Нові Білярі,Novi Biliari,Odesa Oblast,Odeskyi Raion
hromada,Яськівська,Yaskivska,Odesa Oblast,Odeskyi Raion
raion,Подільський,Podilskyi Raion,Odesa Oblast,
hromada,Ананьївська,Ananivska,Odesa Oblast,Podilskyi Raion
city,Ананьїв,Ananiv,Odesa Oblast,Podilskyi Raion
hromada,Балтська,Baltska,Odesa Oblast,Podilskyi Raion
city,Балта,Balta,Odesa Oblast,Podilskyi Raion
hromada,Долинська,Dolynska,Odesa Oblast,Podilskyi Raion
hromada,Зеленогірська,Zelenohirska,Odesa Oblast,Podilskyi Raion
town,Зеленогірське,Zelenohirske,Odesa Oblast,Podilskyi Raion
hromada,Кодимська,Kodymska,Odesa Oblast,Podilskyi Raion
city,Кодима,Kodyma,Odesa Oblast,Podilskyi Raion
hromada,Куяльницька,Kuialnytska,Odesa Oblast,Podilskyi Raion
town,Борщі,Borshchi,Odesa Oblast,Podilskyi Raion
town,Чубівка,Chubivka,Odesa Oblast,Podilskyi Raion
hromada,Любашівська,Liubashivska,Odesa Oblast,Podilskyi Raion
town,Любашівка,Liubashivka,Odesa Oblast,Podilskyi Raion
hromada,Окнянська,Oknianska,Odesa Oblast,Podilskyi Raion
town,Окни,Okny,Odesa Oblast,Podilskyi Raion
town,Новий Орач,Novyi Orach,Odesa Oblast,Podilskyi Raion
town,Орлівка,Orlivka,Odesa Oblast,Podilskyi Raion
hromada,Піщанська,Pishchanska,Odesa Oblast,Podilskyi Raion
hromada,Подільська,Podilska,Odesa Oblast,Podilskyi Raion
city,Подільськ,Podilsk,Odesa Oblast,Podilskyi Raion
hromada,Савранська,Savranska,Odesa Oblast,Podilskyi Raion
town,Саврань,Savran,Odesa Oblast,Podilskyi Raion
town,Ковбасова Поляна,Kovbasova Poliana,Odesa Oblast,Podilskyi Raion
hromada,Слобідська,Slobidska,Odesa Oblast,Podilskyi Raion
town,Слобідка,Slobidka,Odesa Oblast,Podilskyi Raion
raion,Роздільнянський,Rozdilnianskyi Raion,Odesa Oblast,
hromada,Великомихайлівська,Velykomykhailivska,Odesa Oblast,Rozdilnianskyi Raion
town,Велика Михайлівка,Velyka Mykhailivka,Odesa Oblast,Rozdilnianskyi Raion
hromada,Великоплосківська,Velykoploskivska,Odesa Oblast,Rozdilnianskyi Raion
hromada,Затишанська,Zatyshanska,Odesa Oblast,Rozdilnianskyi Raion
town,Затишшя,Zatyshshia,Odesa Oblast,Rozdilnianskyi Raion
hromada,Захарівська,Zakharivska,Odesa Oblast,Rozdilnianskyi Raion
town,Захарівка,Zakharivka,Odesa Oblast,Rozdilnianskyi Raion
hromada,Лиманська,Lymanska,Odesa Oblast,Rozdilnianskyi Raion
town,Лиманське,Lymanske,Odesa Oblast,Rozdilnianskyi Raion
hromada,Новоборисівська,Novoborysivska,Odesa Oblast,Rozdilnianskyi Raion
town,Мигаєве,Myhaieve,Odesa Oblast,Rozdilnianskyi Raion
hromada,Роздільнянська,Rozdilnianska,Odesa Oblast,Rozdilnianskyi Raion
city,Роздільна,Rozdilna,Odesa Oblast,Rozdilnianskyi Raion
hromada,Степанівська,Stepanivska,Odesa Oblast,Rozdilnianskyi Raion
town,Дружба,Druzhba,Odesa Oblast,Rozdilnianskyi Raion
hromada,Цебриківська,Tsebrykivska,Odesa Oblast,Rozdilnianskyi Raion
town,Цебрикове,Tsebrykove,Odesa Oblast,Rozdilnianskyi Raion
raion,Кременчуцький,Kremenchutskyi Raion,Poltava Oblast,
hromada,Глобинська,Hlobynska,Poltava Oblast,Kremenchutskyi Raion
city,Глобине,Hlobyne,Poltava Oblast,Kremenchutskyi Raion
hromada,Горішньоплавнівська,Horishnoplavnivska,Poltava Oblast,Kremenchutskyi Raion
city,Горішні Плавні,Horishni Plavni,Poltava Oblast,Kremenchutskyi Raion
hromada,Градизька,Hradyzka,Poltava Oblast,Kremenchutskyi Raion
town,Градизьк,Hradyzk,Poltava Oblast,Kremenchutskyi Raion
hromada,Кам’янопотоківська,Kamianopotokivska,Poltava Oblast,Kremenchutskyi Raion
hromada,Козельщинська,Kozelshchynska,Poltava Oblast,Kremenchutskyi Raion
town,Козельщина,Kozelshchyna,Poltava Oblast,Kremenchutskyi Raion
hromada,Кременчуцька,Kremenchutska,Poltava Oblast,Kremenchutskyi Raion
city,Кременчук,Kremenchuk,Poltava Oblast,Kremenchutskyi Raion
hromada,Новогалещинська,Novohaleshchynska,Poltava Oblast,Kremenchutskyi Raion
town,Нова Галещина,Nova Haleshchyna,Poltava Oblast,Kremenchutskyi Raion
hromada,Оболонська,Obolonska,Poltava Oblast,Kremenchutskyi Raion
hromada,Омельницька,Omelnytska,Poltava Oblast,Kremenchutskyi Raion
hromada,Піщанська,Pishchanska,Poltava Oblast,Kremenchutskyi Raion
hromada,Пришибська,Pryshybska,Poltava Oblast,Kremenchutskyi Raion
hromada,Семенівська,Semenivska,Poltava Oblast,Kremenchutskyi Raion
town,Семенівка,Semenivka,Poltava Oblast,Kremenchutskyi Raion
raion,Лубенський,Lubenskyi Raion,Poltava Oblast,
hromada,Гребінківська,Hrebinkivska,Poltava Oblast,Lubenskyi Raion
city,Гребінка,Hrebinka,Poltava Oblast,Lubenskyi Raion
hromada,Лубенська,Lubenska,Poltava Oblast,Lubenskyi Raion
city,Лубни,Lubny,Poltava Oblast,Lubenskyi Raion
hromada,Новооржицька,Novoorzhytska,Poltava Oblast,Lubenskyi Raion
town,Новооржицьке,Novoorzhytske,Poltava Oblast,Lubenskyi Raion
hromada,Оржицька,Orzhytska,Poltava Oblast,Lubenskyi Raion
town,Оржиця,Orzhytsia,Poltava Oblast,Lubenskyi Raion
hromada,Пирятинська,Pyriatynska,Poltava Oblast,Lubenskyi Raion
city,Пирятин,Pyriatyn,Poltava Oblast,Lubenskyi Raion
hromada,Хорольська,Khorolska,Poltava Oblast,Lubenskyi Raion
city,Хорол,Khorol,Poltava Oblast,Lubenskyi Raion
hromada,Чорнухинська,Chornukhynska,Poltava Oblast,Lubenskyi Raion
town,Чорнухи,Chornukhy,Poltava Oblast,Lubenskyi Raion
raion,Миргородський,Myrhorodskyi Raion,Poltava Oblast,
hromada,Білоцерківська,Bilotserkivska,Poltava Oblast,Myrhorodskyi Raion
hromada,Великобагачанська,Velykobahachanska,Poltava Oblast,Myrhorodskyi Raion
town,Велика Багачка,Velyka Bahachka,Poltava Oblast,Myrhorodskyi Raion
hromada,Великобудищанська,Velykobudyshchanska,Poltava Oblast,Myrhorodskyi Raion
hromada,Великосорочинська,Velykosorochynska,Poltava Oblast,Myrhorodskyi Raion
town,Мирне,Myrne,Poltava Oblast,Myrhorodskyi Raion
hromada,Гадяцька,Hadiatska,Poltava Oblast,Myrhorodskyi Raion
city,Гадяч,Hadiach,Poltava Oblast,Myrhorodskyi Raion
hromada,Гоголівська,Hoholivska,Poltava Oblast,Myrhorodskyi Raion
town,Гоголеве,Hoholeve,Poltava Oblast,Myrhorodskyi Raion
hromada,Заводська,Zavodska,Poltava Oblast,Myrhorodskyi Raion
city,Заводське,Zavodske,Poltava Oblast,Myrhorodskyi Raion
hromada,Комишнянська,Komyshnianska,Poltava Oblast,Myrhorodskyi Raion
town,Комишня,Komyshnia,Poltava Oblast,Myrhorodskyi Raion
town,Дібрівка,Dibrivka,Poltava Oblast,Myrhorodskyi Raion
hromada,Краснолуцька,Krasnolutska,Poltava Oblast,Myrhorodskyi Raion
hromada,Лохвицька,Lokhvytska,Poltava Oblast,Myrhorodskyi Raion
city,Лохвиця,Lokhvytsia,Poltava Oblast,Myrhorodskyi Raion
hromada,Лютенська,Liutenska,Poltava Oblast,Myrhorodskyi Raion
hromada,Миргородська,Myrhorodska,Poltava Oblast,Myrhorodskyi Raion
city,Миргород,Myrhorod,Poltava Oblast,Myrhorodskyi Raion
hromada,Петрівсько-Роменська,Petrivsko-Romenska,Poltava Oblast,Myrhorodskyi Raion
hromada,Ромоданівська,Romodanivska,Poltava Oblast,Myrhorodskyi Raion
town,Ромодан,Romodan,Poltava Oblast,Myrhorodskyi Raion
hromada,Сенчанська,Senchanska,Poltava Oblast,Myrhorodskyi Raion
hromada,Сергіївська,Serhiivska,Poltava Oblast,Myrhorodskyi Raion
hromada,Шишацька,Shyshatska,Poltava Oblast,Myrhorodskyi Raion
town,Шишаки,Shyshaky,Poltava Oblast,Myrhorodskyi Raion
raion,Полтавський,Poltavskyi Raion,Poltava Oblast,
hromada,Білицька,Bilytska,Poltava Oblast,Poltavskyi Raion
town,Білики,Bilyky,Poltava Oblast,Poltavskyi Raion
hromada,Великорублівська,Velykorublivska,Poltava Oblast,Poltavskyi Raion
hromada,Диканська,Dykanska,Poltava Oblast,Poltavskyi Raion
town,Диканька,Dykanka,Poltava Oblast,Poltavskyi Raion
hromada,Драбинівська,Drabynivska,Poltava Oblast,Poltavskyi Raion
hromada,Зіньківська,Zinkivska,Poltava Oblast,Poltavskyi Raion
city,Зіньків,Zinkiv,Poltava Oblast,Poltavskyi Raion
hromada,Карлівська,Karlivska,Poltava Oblast,Poltavskyi Raion
city,Карлівка,Karlivka,Poltava Oblast,Poltavskyi Raion
town,Голобородьківське,Holoborodkivske,Poltava Oblast,Poltavskyi Raion
town,Іванівка,Ivanivka,Poltava Oblast,Poltavskyi Raion
town,Михайлівське,Mykhailivske,Poltava Oblast,Poltavskyi Raion
town,Солона Балка,Solona Balka,Poltava Oblast,Poltavskyi Raion
town,Тагамлицьке,Tahamlytske,Poltava Oblast,Poltavskyi Raion
hromada,Кобеляцька,Kobeliatska,Poltava Oblast,Poltavskyi Raion
city,Кобеляки,Kobeliaky,Poltava Oblast,Poltavskyi Raion
hromada,Коломацька,Kolomatska,Poltava Oblast,Poltavskyi Raion
town,Степне,Stepne,Poltava Oblast,Poltavskyi Raion
hromada,Котелевська,Kotelevska,Poltava Oblast,Poltavskyi Raion
town,Котельва,Kotelva,Poltava Oblast,Poltavskyi Raion
hromada,Ланнівська,Lannivska,Poltava Oblast,Poltavskyi Raion
town,Ланна,Lanna,Poltava Oblast,Poltavskyi Raion
hromada,Мартинівська,Martynivska,Poltava Oblast,Poltavskyi Raion
town,Вакулиха,Vakulykha,Poltava Oblast,Poltavskyi Raion
town,Красне,Krasne,Poltava Oblast,Poltavskyi Raion
town,Тишенківка,Tyshenkivka,Poltava Oblast,Poltavskyi Raion
town,Шевченка,Shevchenka,Poltava Oblast,Poltavskyi Raion
hromada,Мачухівська,Machukhivska,Poltava Oblast,Poltavskyi Raion
hromada,Машівська,Mashivska,Poltava Oblast,Poltavskyi Raion
town,Машівка,Mashivka,Poltava Oblast,Poltavskyi Raion
hromada,Михайлівська,Mykhailivska,Poltava Oblast,Poltavskyi Raion
hromada,Нехворощанська,Nekhvoroshchanska,Poltava Oblast,Poltavskyi Raion
hromada,Новосанжарська,Novosanzharska,Poltava Oblast,Poltavskyi Raion
town,Нові Санжари,Novi Sanzhary,Poltava Oblast,Poltavskyi Raion
hromada,Новоселівська,Novoselivska,Poltava Oblast,Poltavskyi Raion
hromada,Опішнянська,Opishnianska,Poltava Oblast,Poltavskyi Raion
town,Опішня,Opishnia,Poltava Oblast,Poltavskyi Raion
hromada,Полтавська,Poltavska,Poltava Oblast,Poltavskyi Raion
city,Полтава,Poltava,Poltava Oblast,Poltavskyi Raion
hromada,Решетилівська,Reshetylivska,Poltava Oblast,Poltavskyi Raion
city,Решетилівка,Reshetylivka,Poltava Oblast,Poltavskyi Raion
town,Покровське,Pokrovske,Poltava Oblast,Poltavskyi Raion
hromada,Скороходівська,Skorokhodivska,Poltava Oblast,Poltavskyi Raion
town,Скороходове,Skorokhodove,Poltava Oblast,Poltavskyi Raion
hromada,Терешківська,Tereshkivska,Poltava Oblast,Poltavskyi Raion
hromada,Чутівська,Chutivska,Poltava Oblast,Poltavskyi Raion
town,Чутове,Chutove,Poltava Oblast,Poltavskyi Raion
hromada,Щербанівська,Shcherbanivska,Poltava Oblast,Poltavskyi Raion
raion,Вараський,Varaskyi Raion,Rivne Oblast,
hromada,Антонівська,Antonivska,Rivne Oblast,Varaskyi Raion
hromada,Вараська,Varaska,Rivne Oblast,Varaskyi Raion
city,Вараш,Varash,Rivne Oblast,Varaskyi Raion
hromada,Володимирецька,Volodymyretska,Rivne Oblast,Varaskyi Raion
town,Володимирець,Volodymyrets,Rivne Oblast,Varaskyi Raion
hromada,Зарічненська,Zarichnenska,Rivne Oblast,Varaskyi Raion
town,Зарічне,Zarichne,Rivne Oblast,Varaskyi Raion
hromada,Каноницька,Kanonytska,Rivne Oblast,Varaskyi Raion
hromada,Локницька,Loknytska,Rivne Oblast,Varaskyi Raion
hromada,Полицька,Polytska,Rivne Oblast,Varaskyi Raion
hromada,Рафалівська,Rafalivska,Rivne Oblast,Varaskyi Raion
town,Рафалівка,Rafalivka,Rivne Oblast,Varaskyi Raion
raion,Дубенський,Dubenskyi Raion,Rivne Oblast,
hromada,Бокіймівська,Bokiimivska,Rivne Oblast,Dubenskyi Raion
hromada,Боремельська,Boremelska,Rivne Oblast,Dubenskyi Raion
hromada,Варковицька,Varkovytska,Rivne Oblast,Dubenskyi Raion
hromada,Вербська,Verbska,Rivne Oblast,Dubenskyi Raion
hromada,Демидівська,Demydivska,Rivne Oblast,Dubenskyi Raion
town,Демидівка,Demydivka,Rivne Oblast,Dubenskyi Raion
hromada,Дубенська,Dubenska,Rivne Oblast,Dubenskyi Raion
city,Дубно,Dubno,Rivne Oblast,Dubenskyi Raion
hromada,Козинська,Kozynska,Rivne Oblast,Dubenskyi Raion
hromada,Крупецька,Krupetska,Rivne Oblast,Dubenskyi Raion
hromada,Мирогощанська,Myrohoshchanska,Rivne Oblast,Dubenskyi Raion
hromada,Млинівська,Mlynivska,Rivne Oblast,Dubenskyi Raion
town,Млинів,Mlyniv,Rivne Oblast,Dubenskyi Raion
hromada,Острожецька,Ostrozhetska,Rivne Oblast,Dubenskyi Raion
hromada,Підлозцівська,Pidloztsivska,Rivne Oblast,Dubenskyi Raion
hromada,Повчанська,Povchanska,Rivne Oblast,Dubenskyi Raion
hromada,Привільненська,Pryvilnenska,Rivne Oblast,Dubenskyi Raion
hromada,Радивилівська,Radyvylivska,Rivne Oblast,Dubenskyi Raion
city,Радивилів,Radyvyliv,Rivne Oblast,Dubenskyi Raion
hromada,Семидубська,Semydubska,Rivne Oblast,Dubenskyi Raion
hromada,Смизька,Smyzka,Rivne Oblast,Dubenskyi Raion
town,Смига,Smyha,Rivne Oblast,Dubenskyi Raion
hromada,Тараканівська,Tarakanivska,Rivne Oblast,Dubenskyi Raion
hromada,Ярославицька,Yaroslavytska,Rivne Oblast,Dubenskyi Raion
raion,Рівненський,Rivnenskyi Raion,Rivne Oblast,
hromada,Бабинська,Babynska,Rivne Oblast,Rivnenskyi Raion
hromada,Березнівська,Bereznivska,Rivne Oblast,Rivnenskyi Raion
city,Березне,Berezne,Rivne Oblast,Rivnenskyi Raion
hromada,Білокриницька,Bilokrynytska,Rivne Oblast,Rivnenskyi Raion
hromada,Бугринська,Buhrynska,Rivne Oblast,Rivnenskyi Raion
hromada,Великомежиріцька,Velykomezhyritska,Rivne Oblast,Rivnenskyi Raion
hromada,Великоомелянська,Velykoomelianska,Rivne Oblast,Rivnenskyi Raion
hromada,Головинська,Holovynska,Rivne Oblast,Rivnenskyi Raion
hromada,Городоцька,Horodotska,Rivne Oblast,Rivnenskyi Raion
hromada,Гощанська,Hoshchanska,Rivne Oblast,Rivnenskyi Raion
town,Гоща,Hoshcha,Rivne Oblast,Rivnenskyi Raion
hromada,Деражненська,Derazhnenska,Rivne Oblast,Rivnenskyi Raion
hromada,Дядьковицька,Diadkovytska,Rivne Oblast,Rivnenskyi Raion
hromada,Здовбицька,Zdovbytska,Rivne Oblast,Rivnenskyi Raion
hromada,Здолбунівська,Zdolbunivska,Rivne Oblast,Rivnenskyi Raion
city,Здолбунів,Zdolbuniv,Rivne Oblast,Rivnenskyi Raion
hromada,Зорянська,Zorianska,Rivne Oblast,Rivnenskyi Raion
hromada,Клеванська,Klevanska,Rivne Oblast,Rivnenskyi Raion
town,Клевань,Klevan,Rivne Oblast,Rivnenskyi Raion
town,Оржів,Orzhiv,Rivne Oblast,Rivnenskyi Raion
hromada,Корецька,Koretska,Rivne Oblast,Rivnenskyi Raion
city,Корець,Korets,Rivne Oblast,Rivnenskyi Raion
hromada,Корнинська,Kornynska,Rivne Oblast,Rivnenskyi Raion
hromada,Костопільська,Kostopilska,Rivne Oblast,Rivnenskyi Raion
city,Костопіль,Kostopil,Rivne Oblast,Rivnenskyi Raion
hromada,Малинська,Malynska,Rivne Oblast,Rivnenskyi Raion
hromada,Малолюбашанська,Maloliubashanska,Rivne Oblast,Rivnenskyi Raion
hromada,Мізоцька,Mizotska,Rivne Oblast,Rivnenskyi Raion
town,Мізоч,Mizoch,Rivne Oblast,Rivnenskyi Raion
hromada,Олександрійська,Oleksandriiska,Rivne Oblast,Rivnenskyi Raion
hromada,Острозька,Ostrozka,Rivne Oblast,Rivnenskyi Raion
city,Острог,Ostroh,Rivne Oblast,Rivnenskyi Raion
hromada,Рівненська,Rivnenska,Rivne Oblast,Rivnenskyi Raion
city,Рівне,Rivne,Rivne Oblast,Rivnenskyi Raion
town,Квасилів,Kvasyliv,Rivne Oblast,Rivnenskyi Raion
hromada,Соснівська,Sosnivska,Rivne Oblast,Rivnenskyi Raion
town,Соснове,Sosnove,Rivne Oblast,Rivnenskyi Raion
hromada,Шпанівська,Shpanivska,Rivne Oblast,Rivnenskyi Raion
raion,Сарненський,Sarnenskyi Raion,Rivne Oblast,
hromada,Березівська,Berezivska,Rivne Oblast,Sarnenskyi Raion
hromada,Вирівська,Vyrivska,Rivne Oblast,Sarnenskyi Raion
hromada,Висоцька,Vysotska,Rivne Oblast,Sarnenskyi Raion
hromada,Дубровицька,Dubrovytska,Rivne Oblast,Sarnenskyi Raion
city,Дубровиця,Dubrovytsia,Rivne Oblast,Sarnenskyi Raion
hromada,Клесівська,Klesivska,Rivne Oblast,Sarnenskyi Raion
town,Клесів,Klesiv,Rivne Oblast,Sarnenskyi Raion
town,Страшеве,Strasheve,Rivne Oblast,Sarnenskyi Raion
hromada,Миляцька,Myliatska,Rivne Oblast,Sarnenskyi Raion
hromada,Немовицька,Nemovytska,Rivne Oblast,Sarnenskyi Raion
town,Немовичі,Nemovychi,Rivne Oblast,Sarnenskyi Raion
hromada,Рокитнівська,Rokytnivska,Rivne Oblast,Sarnenskyi Raion
town,Рокитне,Rokytne,Rivne Oblast,Sarnenskyi Raion
town,Томашгород,Tomashhorod,Rivne Oblast,Sarnenskyi Raion
hromada,Сарненська,Sarnenska,Rivne Oblast,Sarnenskyi Raion
city,Сарни,Sarny,Rivne Oblast,Sarnenskyi Raion
town,Чемерне,Chemerne,Rivne Oblast,Sarnenskyi Raion
hromada,Старосільська,Starosilska,Rivne Oblast,Sarnenskyi Raion
hromada,Степанська,Stepanska,Rivne Oblast,Sarnenskyi Raion
town,Степань,Stepan,Rivne Oblast,Sarnenskyi Raion
raion,Конотопський,Konotopskyi Raion,Sumy Oblast,
hromada,Бочечківська,Bochechkivska,Sumy Oblast,Konotopskyi Raion
hromada,Буринська,Burynska,Sumy Oblast,Konotopskyi Raion
city,Буринь,Buryn,Sumy Oblast,Konotopskyi Raion
town,Копилове,Kopylove,Sumy Oblast,Konotopskyi Raion
town,Кошарське,Kosharske,Sumy Oblast,Konotopskyi Raion
town,Леонтіївка,Leontiivka,Sumy Oblast,Konotopskyi Raion
town,Сорочинське,Sorochynske,Sumy Oblast,Konotopskyi Raion
hromada,Дубов’язівська,Duboviazivska,Sumy Oblast,Konotopskyi Raion
town,Дубов’язівка,Duboviazivka,Sumy Oblast,Konotopskyi Raion
town,Білозерка,Bilozerka,Sumy Oblast,Konotopskyi Raion
town,Білоусівка,Bilousivka,Sumy Oblast,Konotopskyi Raion
town,Тополине,Topolyne,Sumy Oblast,Konotopskyi Raion
hromada,Конотопська,Konotopska,Sumy Oblast,Konotopskyi Raion
city,Конотоп,Konotop,Sumy Oblast,Konotopskyi Raion
hromada,Кролевецька,Krolevetska,Sumy Oblast,Konotopskyi Raion
city,Кролевець,Krolevets,Sumy Oblast,Konotopskyi Raion
town,Луч,Luch,Sumy Oblast,Konotopskyi Raion
town,Мирне,Myrne,Sumy Oblast,Konotopskyi Raion
hromada,Новослобідська,Novoslobidska,Sumy Oblast,Konotopskyi Raion
town,Волинцівське,Volyntsivske,Sumy Oblast,Konotopskyi Raion
town,Новослобідське,Novoslobidske,Sumy Oblast,Konotopskyi Raion
town,Партизанське,Partyzanske,Sumy Oblast,Konotopskyi Raion
hromada,Попівська,Popivska,Sumy Oblast,Konotopskyi Raion
town,Заводське,Zavodske,Sumy Oblast,Konotopskyi Raion
town,Залізничне,Zaliznychne,Sumy Oblast,Konotopskyi Raion
town,Садове,Sadove,Sumy Oblast,Konotopskyi Raion
town,Шевченківське,Shevchenkivske,Sumy Oblast,Konotopskyi Raion
hromada,Путивльська,Putyvlska,Sumy Oblast,Konotopskyi Raion
city,Путивль,Putyvl,Sumy Oblast,Konotopskyi Raion
raion,Охтирський,Okhtyrskyi Raion,Sumy Oblast,
hromada,Боромлянська,Boromlianska,Sumy Oblast,Okhtyrskyi Raion
hromada,Великописарівська,Velykopysarivska,Sumy Oblast,Okhtyrskyi Raion
town,Велика Писарівка,Velyka Pysarivka,Sumy Oblast,Okhtyrskyi Raion
hromada,Грунська,Hrunska,Sumy Oblast,Okhtyrskyi Raion
hromada,Кириківська,Kyrykivska,Sumy Oblast,Okhtyrskyi Raion
town,Кириківка,Kyrykivka,Sumy Oblast,Okhtyrskyi Raion
hromada,Комишанська,Komyshanska,Sumy Oblast,Okhtyrskyi Raion
hromada,Охтирська,Okhtyrska,Sumy Oblast,Okhtyrskyi Raion
city,Охтирка,Okhtyrka,Sumy Oblast,Okhtyrskyi Raion
hromada,Тростянецька,Trostianetska,Sumy Oblast,Okhtyrskyi Raion
city,Тростянець,Trostianets,Sumy Oblast,Okhtyrskyi Raion
town,Виноградне,Vynohradne,Sumy Oblast,Okhtyrskyi Raion
town,Лісне,Lisne,Sumy Oblast,Okhtyrskyi Raion
hromada,Чернеччинська,Chernechchynska,Sumy Oblast,Okhtyrskyi Raion
hromada,Чупахівська,Chupakhivska,Sumy Oblast,Okhtyrskyi Raion
town,Чупахівка,Chupakhivka,Sumy Oblast,Okhtyrskyi Raion
raion,Роменський,Romenskyi Raion,Sumy Oblast,
hromada,Андріяшівська,Andriiashivska,Sumy Oblast,Romenskyi Raion
hromada,Вільшанська,Vilshanska,Sumy Oblast,Romenskyi Raion
hromada,Коровинська,Korovynska,Sumy Oblast,Romenskyi Raion
hromada,Липоводолинська,Lypovodolynska,Sumy Oblast,Romenskyi Raion
town,Липова Долина,Lypova Dolyna,Sumy Oblast,Romenskyi Raion
town,Суха Грунь,Sukha Hrun,Sumy Oblast,Romenskyi Raion
hromada,Недригайлівська,Nedryhailivska,Sumy Oblast,Romenskyi Raion
town,Недригайлів,Nedryhailiv,Sumy Oblast,Romenskyi Raion
town,Терни,Terny,Sumy Oblast,Romenskyi Raion
hromada,Роменська,Romenska,Sumy Oblast,Romenskyi Raion
city,Ромни,Romny,Sumy Oblast,Romenskyi Raion
town,Біловодське,Bilovodske,Sumy Oblast,Romenskyi Raion
town,Лучки,Luchky,Sumy Oblast,Romenskyi Raion
hromada,Синівська,Synivska,Sumy Oblast,Romenskyi Raion
hromada,Хмелівська,Khmelivska,Sumy Oblast,Romenskyi Raion
town,Діброва,Dibrova,Sumy Oblast,Romenskyi Raion
raion,Сумський,Sumskyi Raion,Sumy Oblast,
hromada,Бездрицька,Bezdrytska,Sumy Oblast,Sumskyi Raion
hromada,Білопільська,Bilopilska,Sumy Oblast,Sumskyi Raion
city,Білопілля,Bilopillia,Sumy Oblast,Sumskyi Raion
town,Перемога,Peremoha,Sumy Oblast,Sumskyi Raion
hromada,Верхньосироватська,Verkhnosyrovatska,Sumy Oblast,Sumskyi Raion
town,Захарівське,Zakharivske,Sumy Oblast,Sumskyi Raion
town,Кам’яне,Kamiane,Sumy Oblast,Sumskyi Raion
hromada,Ворожбянська,Vorozhbianska,Sumy Oblast,Sumskyi Raion
city,Ворожба,Vorozhba,Sumy Oblast,Sumskyi Raion
hromada,Краснопільська,Krasnopilska,Sumy Oblast,Sumskyi Raion
town,Краснопілля,Krasnopillia,Sumy Oblast,Sumskyi Raion
town,Угроїди,Uhroidy,Sumy Oblast,Sumskyi Raion
town,Майське,Maiske,Sumy Oblast,Sumskyi Raion
town,Миропільське,Myropilske,Sumy Oblast,Sumskyi Raion
town,Михайлівське,Mykhailivske,Sumy Oblast,Sumskyi Raion
hromada,Лебединська,Lebedynska,Sumy Oblast,Sumskyi Raion
city,Лебедин,Lebedyn,Sumy Oblast,Sumskyi Raion
town,Залізничне,Zaliznychne,Sumy Oblast,Sumskyi Raion
town,Мирне,Myrne,Sumy Oblast,Sumskyi Raion
town,Новопетрівка,Novopetrivka,Sumy Oblast,Sumskyi Raion
town,Андріївське,Andriivske,Sumy Oblast,Sumskyi Raion
hromada,Миколаївська,Mykolaivska,Sumy Oblast,Sumskyi Raion
town,Миколаївка,Mykolaivka,Sumy Oblast,Sumskyi Raion
town,Улянівка,Ulianivka,Sumy Oblast,Sumskyi Raion
town,Зоряне,Zoriane,Sumy Oblast,Sumskyi Raion
town,Калинівка,Kalynivka,Sumy Oblast,Sumskyi Raion
town,Лідине,Lidyne,Sumy Oblast,Sumskyi Raion
town,Тімірязєвка,Timiriazievka,Sumy Oblast,Sumskyi Raion
town,Шевченківка,Shevchenkivka,Sumy Oblast,Sumskyi Raion
hromada,Миколаївська,Mykolaivska,Sumy Oblast,Sumskyi Raion
town,Рогізне,Rohizne,Sumy Oblast,Sumskyi Raion
hromada,Миропільська,Myropilska,Sumy Oblast,Sumskyi Raion
hromada,Нижньосироватська,Nyzhnosyrovatska,Sumy Oblast,Sumskyi Raion
hromada,Річківська,Richkivska,Sumy Oblast,Sumskyi Raion
town,Амбари,Ambary,Sumy Oblast,Sumskyi Raion
hromada,Садівська,Sadivska,Sumy Oblast,Sumskyi Raion
town,Низи,Nyzy,Sumy Oblast,Sumskyi Raion
hromada,Степанівська,Stepanivska,Sumy Oblast,Sumskyi Raion
town,Степанівка,Stepanivka,Sumy Oblast,Sumskyi Raion
hromada,Сумська,Sumska,Sumy Oblast,Sumskyi Raion
city,Суми,Sumy,Sumy Oblast,Sumskyi Raion
hromada,Хотінська,Khotinska,Sumy Oblast,Sumskyi Raion
town,Хотінь,Khotin,Sumy Oblast,Sumskyi Raion
hromada,Юнаківська,Yunakivska,Sumy Oblast,Sumskyi Raion
town,Варачине,Varachyne,Sumy Oblast,Sumskyi Raion
town,Іволжанське,Ivolzhanske,Sumy Oblast,Sumskyi Raion
town,Кияниця,Kyianytsia,Sumy Oblast,Sumskyi Raion
town,Мала Корчаківка,Mala Korchakivka,Sumy Oblast,Sumskyi Raion
town,Мар’їне,Marine,Sumy Oblast,Sumskyi Raion
raion,Шосткинський,Shostkynskyi Raion,Sumy Oblast,
hromada,Березівська,Berezivska,Sumy Oblast,Shostkynskyi Raion
town,Есмань,Esman,Sumy Oblast,Shostkynskyi Raion
hromada,Глухівська,Hlukhivska,Sumy Oblast,Shostkynskyi Raion
city,Глухів,Hlukhiv,Sumy Oblast,Shostkynskyi Raion
town,Будівельне,Budivelne,Sumy Oblast,Shostkynskyi Raion
hromada,Дружбівська,Druzhbivska,Sumy Oblast,Shostkynskyi Raion
city,Хутір-Михайлівський,Khutir-Mykhailivskyi,Sumy Oblast,Shostkynskyi Raion
hromada,Есманьська,Esmanska,Sumy Oblast,Shostkynskyi Raion
town,Есмань,Esman,Sumy Oblast,Shostkynskyi Raion
hromada,Зноб-Новгородська,Znob-Novhorodska,Sumy Oblast,Shostkynskyi Raion
town,Зноб-Новгородське,Znob-Novhorodske,Sumy Oblast,Shostkynskyi Raion
hromada,Свеська,Sveska,Sumy Oblast,Shostkynskyi Raion
town,Свеса,Svesa,Sumy Oblast,Shostkynskyi Raion
hromada,Середино-Будська,Seredyno-Budska,Sumy Oblast,Shostkynskyi Raion
city,Середина-Буда,Seredyna-Buda,Sumy Oblast,Shostkynskyi Raion
town,Зарічне,Zarichne,Sumy Oblast,Shostkynskyi Raion
town,Нова Спарта,Nova Sparta,Sumy Oblast,Shostkynskyi Raion
town,Прогрес,Prohres,Sumy Oblast,Shostkynskyi Raion
town,Рудак,Rudak,Sumy Oblast,Shostkynskyi Raion
hromada,Шалигинська,Shalyhynska,Sumy Oblast,Shostkynskyi Raion
town,Шалигине,Shalyhyne,Sumy Oblast,Shostkynskyi Raion
hromada,Шосткинська,Shostkynska,Sumy Oblast,Shostkynskyi Raion
city,Шостка,Shostka,Sumy Oblast,Shostkynskyi Raion
town,Вороніж,Voronizh,Sumy Oblast,Shostkynskyi Raion
hromada,Ямпільська,Yampilska,Sumy Oblast,Shostkynskyi Raion
town,Ямпіль,Yampil,Sumy Oblast,Shostkynskyi Raion
town,Неплюєве,Nepliuieve,Sumy Oblast,Shostkynskyi Raion
town,Привокзальне,Pryvokzalne,Sumy Oblast,Shostkynskyi Raion
raion,Кременецький,Kremenetskyi Raion,Ternopil Oblast,
hromada,Борсуківська,Borsukivska,Ternopil Oblast,Kremenetskyi Raion
hromada,Великодедеркальська,Velykodederkalska,Ternopil Oblast,Kremenetskyi Raion
hromada,Вишнівецька,Vyshnivetska,Ternopil Oblast,Kremenetskyi Raion
town,Вишнівець,Vyshnivets,Ternopil Oblast,Kremenetskyi Raion
hromada,Кременецька,Kremenetska,Ternopil Oblast,Kremenetskyi Raion
city,Кременець,Kremenets,Ternopil Oblast,Kremenetskyi Raion
hromada,Лановецька,Lanovetska,Ternopil Oblast,Kremenetskyi Raion
city,Ланівці,Lanivtsi,Ternopil Oblast,Kremenetskyi Raion
hromada,Лопушненська,Lopushnenska,Ternopil Oblast,Kremenetskyi Raion
hromada,Почаївська,Pochaivska,Ternopil Oblast,Kremenetskyi Raion
city,Почаїв,Pochaiv,Ternopil Oblast,Kremenetskyi Raion
hromada,Шумська,Shumska,Ternopil Oblast,Kremenetskyi Raion
city,Шумськ,Shumsk,Ternopil Oblast,Kremenetskyi Raion
raion,Тернопільський,Ternopilskyi Raion,Ternopil Oblast,
hromada,Байковецька,Baikovetska,Ternopil Oblast,Ternopilskyi Raion
hromada,Бережанська,Berezhanska,Ternopil Oblast,Ternopilskyi Raion
city,Бережани,Berezhany,Ternopil Oblast,Ternopilskyi Raion
hromada,Білецька,Biletska,Ternopil Oblast,Ternopilskyi Raion
hromada,Великоберезовицька,Velykoberezovytska,Ternopil Oblast,Ternopilskyi Raion
town,Велика Березовиця,Velyka Berezovytsia,Ternopil Oblast,Ternopilskyi Raion
hromada,Великобірківська,Velykobirkivska,Ternopil Oblast,Ternopilskyi Raion
town,Великі Бірки,Velyki Birky,Ternopil Oblast,Ternopilskyi Raion
hromada,Великогаївська,Velykohaivska,Ternopil Oblast,Ternopilskyi Raion
hromada,Залозецька,Zalozetska,Ternopil Oblast,Ternopilskyi Raion
town,Залізці,Zaliztsi,Ternopil Oblast,Ternopilskyi Raion
hromada,Збаразька,Zbarazka,Ternopil Oblast,Ternopilskyi Raion
city,Збараж,Zbarazh,Ternopil Oblast,Ternopilskyi Raion
hromada,Зборівська,Zborivska,Ternopil Oblast,Ternopilskyi Raion
city,Зборів,Zboriv,Ternopil Oblast,Ternopilskyi Raion
hromada,Золотниківська,Zolotnykivska,Ternopil Oblast,Ternopilskyi Raion
hromada,Іванівська,Ivanivska,Ternopil Oblast,Ternopilskyi Raion
hromada,Козівська,Kozivska,Ternopil Oblast,Ternopilskyi Raion
town,Козова,Kozova,Ternopil Oblast,Ternopilskyi Raion
hromada,Козлівська,Kozlivska,Ternopil Oblast,Ternopilskyi Raion
town,Козлів,Kozliv,Ternopil Oblast,Ternopilskyi Raion
hromada,Купчинецька,Kupchynetska,Ternopil Oblast,Ternopilskyi Raion
hromada,Микулинецька,Mykulynetska,Ternopil Oblast,Ternopilskyi Raion
town,Микулинці,Mykulyntsi,Ternopil Oblast,Ternopilskyi Raion
town,Дружба,Druzhba,Ternopil Oblast,Ternopilskyi Raion
hromada,Нараївська,Naraivska,Ternopil Oblast,Ternopilskyi Raion
hromada,Озернянська,Ozernianska,Ternopil Oblast,Ternopilskyi Raion
hromada,Підволочиська,Pidvolochyska,Ternopil Oblast,Ternopilskyi Raion
town,Підволочиськ,Pidvolochysk,Ternopil Oblast,Ternopilskyi Raion
hromada,Підгаєцька,Pidhaietska,Ternopil Oblast,Ternopilskyi Raion
city,Підгайці,Pidhaitsi,Ternopil Oblast,Ternopilskyi Raion
hromada,Підгороднянська,Pidhorodnianska,Ternopil Oblast,Ternopilskyi Raion
hromada,Саранчуківська,Saranchukivska,Ternopil Oblast,Ternopilskyi Raion
hromada,Скалатська,Skalatska,Ternopil Oblast,Ternopilskyi Raion
city,Скалат,Skalat,Ternopil Oblast,Ternopilskyi Raion
hromada,Скориківська,Skorykivska,Ternopil Oblast,Ternopilskyi Raion
hromada,Теребовлянська,Terebovlianska,Ternopil Oblast,Ternopilskyi Raion
city,Теребовля,Terebovlia,Ternopil Oblast,Ternopilskyi Raion
hromada,Тернопільська,Ternopilska,Ternopil Oblast,Ternopilskyi Raion
city,Тернопіль,Ternopil,Ternopil Oblast,Ternopilskyi Raion
raion,Чортківський,Chortkivskyi Raion,Ternopil Oblast,
hromada,Білобожницька,Bilobozhnytska,Ternopil Oblast,Chortkivskyi Raion
hromada,Більче-Золотецька,Bilche-Zolotetska,Ternopil Oblast,Chortkivskyi Raion
hromada,Борщівська,Borshchivska,Ternopil Oblast,Chortkivskyi Raion
city,Борщів,Borshchiv,Ternopil Oblast,Chortkivskyi Raion
hromada,Бучацька,Buchatska,Ternopil Oblast,Chortkivskyi Raion
city,Бучач,Buchach,Ternopil Oblast,Chortkivskyi Raion
hromada,Васильковецька,Vasylkovetska,Ternopil Oblast,Chortkivskyi Raion
hromada,Гримайлівська,Hrymailivska,Ternopil Oblast,Chortkivskyi Raion
town,Гримайлів,Hrymailiv,Ternopil Oblast,Chortkivskyi Raion
hromada,Гусятинська,Husiatynska,Ternopil Oblast,Chortkivskyi Raion
town,Гусятин,Husiatyn,Ternopil Oblast,Chortkivskyi Raion
hromada,Заводська,Zavodska,Ternopil Oblast,Chortkivskyi Raion
town,Заводське,Zavodske,Ternopil Oblast,Chortkivskyi Raion
hromada,Заліщицька,Zalishchytska,Ternopil Oblast,Chortkivskyi Raion
city,Заліщики,Zalishchyky,Ternopil Oblast,Chortkivskyi Raion
hromada,Золотопотіцька,Zolotopotitska,Ternopil Oblast,Chortkivskyi Raion
town,Золотий Потік,Zolotyi Potik,Ternopil Oblast,Chortkivskyi Raion
hromada,Іване-Пустенська,Ivane-Pustenska,Ternopil Oblast,Chortkivskyi Raion
hromada,Колиндянська,Kolyndianska,Ternopil Oblast,Chortkivskyi Raion
hromada,Копичинецька,Kopychynetska,Ternopil Oblast,Chortkivskyi Raion
city,Копичинці,Kopychyntsi,Ternopil Oblast,Chortkivskyi Raion
hromada,Коропецька,Koropetska,Ternopil Oblast,Chortkivskyi Raion
town,Коропець,Koropets,Ternopil Oblast,Chortkivskyi Raion
hromada,Мельнице-Подільська,Melnytse-Podilska,Ternopil Oblast,Chortkivskyi Raion
town,Мельниця-Подільська,Melnytsia-Podilska,Ternopil Oblast,Chortkivskyi Raion
hromada,Монастириська,Monastyryska,Ternopil Oblast,Chortkivskyi Raion
city,Монастириська,Monastyryska,Ternopil Oblast,Chortkivskyi Raion
hromada,Нагірянська,Nahirianska,Ternopil Oblast,Chortkivskyi Raion
town,Нагірянка,Nahirianka,Ternopil Oblast,Chortkivskyi Raion
hromada,Скала-Подільська,Skala-Podilska,Ternopil Oblast,Chortkivskyi Raion
town,Скала-Подільська,Skala-Podilska,Ternopil Oblast,Chortkivskyi Raion
hromada,Товстенська,Tovstenska,Ternopil Oblast,Chortkivskyi Raion
town,Товсте,Tovste,Ternopil Oblast,Chortkivskyi Raion
hromada,Трибухівська,Trybukhivska,Ternopil Oblast,Chortkivskyi Raion
hromada,Хоростківська,Khorostkivska,Ternopil Oblast,Chortkivskyi Raion
city,Хоростків,Khorostkiv,Ternopil Oblast,Chortkivskyi Raion
hromada,Чортківська,Chortkivska,Ternopil Oblast,Chortkivskyi Raion
city,Чортків,Chortkiv,Ternopil Oblast,Chortkivskyi Raion
raion,Богодухівський,Bohodukhivskyi Raion,Kharkiv Oblast,
hromada,Богодухівська,Bohodukhivska,Kharkiv Oblast,Bohodukhivskyi Raion
city,Богодухів,Bohodukhiv,Kharkiv Oblast,Bohodukhivskyi Raion
town,Гути,Huty,Kharkiv Oblast,Bohodukhivskyi Raion
town,Шарівка,Sharivka,Kharkiv Oblast,Bohodukhivskyi Raion
town,Балабанівка,Balabanivka,Kharkiv Oblast,Bohodukhivskyi Raion
town,Вікторівка,Viktorivka,Kharkiv Oblast,Bohodukhivskyi Raion
town,Гавриші,Havryshi,Kharkiv Oblast,Bohodukhivskyi Raion
town,Щасливе,Shchaslyve,Kharkiv Oblast,Bohodukhivskyi Raion
town,Зарічне,Zarichne,Kharkiv Oblast,Bohodukhivskyi Raion
town,Максимівка,Maksymivka,Kharkiv Oblast,Bohodukhivskyi Raion
town,Мала Іванівка,Mala Ivanivka,Kharkiv Oblast,Bohodukhivskyi Raion
town,Мандричине,Mandrychyne,Kharkiv Oblast,Bohodukhivskyi Raion
town,Степне,Stepne,Kharkiv Oblast,Bohodukhivskyi Raion
town,Таверівка,Taverivka,Kharkiv Oblast,Bohodukhivskyi Raion
town,Улянівка,Ulianivka,Kharkiv Oblast,Bohodukhivskyi Raion
hromada,Валківська,Valkivska,Kharkiv Oblast,Bohodukhivskyi Raion
city,Валки,Valky,Kharkiv Oblast,Bohodukhivskyi Raion
town,Ков’яги,Koviahy,Kharkiv Oblast,Bohodukhivskyi Raion
town,Старий Мерчик,Staryi Merchyk,Kharkiv Oblast,Bohodukhivskyi Raion
town,Газове,Hazove,Kharkiv Oblast,Bohodukhivskyi Raion
town,Привокзальне,Pryvokzalne,Kharkiv Oblast,Bohodukhivskyi Raion
hromada,Золочівська,Zolochivska,Kharkiv Oblast,Bohodukhivskyi Raion
town,Золочів,Zolochiv,Kharkiv Oblast,Bohodukhivskyi Raion
town,Відродженівське,Vidrodzhenivske,Kharkiv Oblast,Bohodukhivskyi Raion
town,Калинове,Kalynove,Kharkiv Oblast,Bohodukhivskyi Raion
town,Малі Феськи,Mali Fesky,Kharkiv Oblast,Bohodukhivskyi Raion
town,Муравське,Muravske,Kharkiv Oblast,Bohodukhivskyi Raion
town,Одноробівка,Odnorobivka,Kharkiv Oblast,Bohodukhivskyi Raion
town,Перемога,Peremoha,Kharkiv Oblast,Bohodukhivskyi Raion
town,Перовське,Perovske,Kharkiv Oblast,Bohodukhivskyi Raion
town,Рідне,Ridne,Kharkiv Oblast,Bohodukhivskyi Raion
town,Сніги,Snihy,Kharkiv Oblast,Bohodukhivskyi Raion
town,Тимофіївка,Tymofiivka,Kharkiv Oblast,Bohodukhivskyi Raion
hromada,Коломацька,Kolomatska,Kharkiv Oblast,Bohodukhivskyi Raion
town,Коломак,Kolomak,Kharkiv Oblast,Bohodukhivskyi Raion
hromada,Краснокутська,Krasnokutska,Kharkiv Oblast,Bohodukhivskyi Raion
town,Краснокутськ,Krasnokutsk,Kharkiv Oblast,Bohodukhivskyi Raion
town,Лісне,Lisne,Kharkiv Oblast,Bohodukhivskyi Raion
town,Лучки,Luchky,Kharkiv Oblast,Bohodukhivskyi Raion
town,Павлівка,Pavlivka,Kharkiv Oblast,Bohodukhivskyi Raion
town,Степове,Stepove,Kharkiv Oblast,Bohodukhivskyi Raion
town,Степове,Stepove,Kharkiv Oblast,Bohodukhivskyi Raion
raion,Ізюмський,Iziumskyi Raion,Kharkiv Oblast,
hromada,Балаклійська,Balakliiska,Kharkiv Oblast,Iziumskyi Raion
city,Балаклія,Balakliia,Kharkiv Oblast,Iziumskyi Raion
town,Слобожанське,Slobozhanske,Kharkiv Oblast,Iziumskyi Raion
hromada,Барвінківська,Barvinkivska,Kharkiv Oblast,Iziumskyi Raion
city,Барвінкове,Barvinkove,Kharkiv Oblast,Iziumskyi Raion
town,Іванівка,Ivanivka,Kharkiv Oblast,Iziumskyi Raion
town,Язикове,Yazykove,Kharkiv Oblast,Iziumskyi Raion
hromada,Борівська,Borivska,Kharkiv Oblast,Iziumskyi Raion
town,Борова,Borova,Kharkiv Oblast,Iziumskyi Raion
town,Степи,Stepy,Kharkiv Oblast,Iziumskyi Raion
hromada,Донецька,Donetska,Kharkiv Oblast,Iziumskyi Raion
town,Донець,Donets,Kharkiv Oblast,Iziumskyi Raion
town,Андріївка,Andriivka,Kharkiv Oblast,Iziumskyi Raion
town,Покровське,Pokrovske,Kharkiv Oblast,Iziumskyi Raion
town,П’ятигірське,Piatyhirske,Kharkiv Oblast,Iziumskyi Raion
hromada,Ізюмська,Iziumska,Kharkiv Oblast,Iziumskyi Raion
city,Ізюм,Izium,Kharkiv Oblast,Iziumskyi Raion
hromada,Куньєвська,Kunievska,Kharkiv Oblast,Iziumskyi Raion
hromada,Оскільська,Oskilska,Kharkiv Oblast,Iziumskyi Raion
hromada,Савинська,Savynska,Kharkiv Oblast,Iziumskyi Raion
town,Савинці,Savyntsi,Kharkiv Oblast,Iziumskyi Raion
town,Веселе,Vesele,Kharkiv Oblast,Iziumskyi Raion
town,Крючки,Kriuchky,Kharkiv Oblast,Iziumskyi Raion
town,Новоселівка,Novoselivka,Kharkiv Oblast,Iziumskyi Raion
town,Нурове,Nurove,Kharkiv Oblast,Iziumskyi Raion
town,Теплянка,Teplianka,Kharkiv Oblast,Iziumskyi Raion
raion,Берестинський,Berestynskyi Raion,Kharkiv Oblast,
hromada,Зачепилівська,Zachepylivska,Kharkiv Oblast,Berestynskyi Raion
town,Зачепилівка,Zachepylivka,Kharkiv Oblast,Berestynskyi Raion
hromada,Кегичівська,Kehychivska,Kharkiv Oblast,Berestynskyi Raion
town,Кегичівка,Kehychivka,Kharkiv Oblast,Berestynskyi Raion
town,Слобожанське,Slobozhanske,Kharkiv Oblast,Berestynskyi Raion
town,Вільне,Vilne,Kharkiv Oblast,Berestynskyi Raion
hromada,Красноградська,Krasnohradska,Kharkiv Oblast,Berestynskyi Raion
city,Берестин,Berestyn,Kharkiv Oblast,Berestynskyi Raion
town,Дослідне,Doslidne,Kharkiv Oblast,Berestynskyi Raion
town,Куми,Kumy,Kharkiv Oblast,Berestynskyi Raion
town,Покровське,Pokrovske,Kharkiv Oblast,Berestynskyi Raion
town,Степове,Stepove,Kharkiv Oblast,Berestynskyi Raion
hromada,Наталинська,Natalynska,Kharkiv Oblast,Berestynskyi Raion
town,Балки,Balky,Kharkiv Oblast,Berestynskyi Raion
town,Дружба,Druzhba,Kharkiv Oblast,Berestynskyi Raion
town,Садове,Sadove,Kharkiv Oblast,Berestynskyi Raion
hromada,Сахновщинська,Sakhnovshchynska,Kharkiv Oblast,Berestynskyi Raion
town,Сахновщина,Sakhnovshchyna,Kharkiv Oblast,Berestynskyi Raion
hromada,Старовірівська,Starovirivska,Kharkiv Oblast,Berestynskyi Raion
town,Палатки,Palatky,Kharkiv Oblast,Berestynskyi Raion
raion,Куп’янський,Kupianskyi Raion,Kharkiv Oblast,
hromada,Великобурлуцька,Velykoburlutska,Kharkiv Oblast,Kupianskyi Raion
town,Великий Бурлук,Velykyi Burluk,Kharkiv Oblast,Kupianskyi Raion
town,Дорошенкове,Doroshenkove,Kharkiv Oblast,Kupianskyi Raion
town,Зелений Гай,Zelenyi Hai,Kharkiv Oblast,Kupianskyi Raion
town,Канівцеве,Kanivtseve,Kharkiv Oblast,Kupianskyi Raion
town,Красноярське,Krasnoiarske,Kharkiv Oblast,Kupianskyi Raion
town,Куп’єваха,Kupievakha,Kharkiv Oblast,Kupianskyi Raion
town,Литвинівка,Lytvynivka,Kharkiv Oblast,Kupianskyi Raion
town,Малахове,Malakhove,Kharkiv Oblast,Kupianskyi Raion
town,Микільське,Mykilske,Kharkiv Oblast,Kupianskyi Raion
town,Нова Олександрівка,Nova Oleksandrivka,Kharkiv Oblast,Kupianskyi Raion
town,Підсереднє,Pidserednie,Kharkiv Oblast,Kupianskyi Raion
town,Садовод,Sadovod,Kharkiv Oblast,Kupianskyi Raion
town,Сірий Яр,Siryi Yar,Kharkiv Oblast,Kupianskyi Raion
town,Соніно,Sonino,Kharkiv Oblast,Kupianskyi Raion
town,Червона Хвиля,Chervona Khvylia,Kharkiv Oblast,Kupianskyi Raion
town,Шипувате,Shypuvate,Kharkiv Oblast,Kupianskyi Raion
hromada,Вільхуватська,Vilkhuvatska,Kharkiv Oblast,Kupianskyi Raion
town,Приколотне,Prykolotne,Kharkiv Oblast,Kupianskyi Raion
town,Курганне,Kurhanne,Kharkiv Oblast,Kupianskyi Raion
town,Миколаївка,Mykolaivka,Kharkiv Oblast,Kupianskyi Raion
town,Федорівка,Fedorivka,Kharkiv Oblast,Kupianskyi Raion
hromada,Дворічанська,Dvorichanska,Kharkiv Oblast,Kupianskyi Raion
town,Дворічна,Dvorichna,Kharkiv Oblast,Kupianskyi Raion
town,Дворічанське,Dvorichanske,Kharkiv Oblast,Kupianskyi Raion
town,Дворічне,Dvorichne,Kharkiv Oblast,Kupianskyi Raion
town,Тополі,Topoli,Kharkiv Oblast,Kupianskyi Raion
hromada,Кіндрашівська,Kindrashivska,Kharkiv Oblast,Kupianskyi Raion
hromada,Куп’янська,Kupianska,Kharkiv Oblast,Kupianskyi Raion
city,Куп’янськ,Kupiansk,Kharkiv Oblast,Kupianskyi Raion
town,Ківшарівка,Kivsharivka,Kharkiv Oblast,Kupianskyi Raion
town,Куп’янськ-Вузловий,Kupiansk-Vuzlovyi,Kharkiv Oblast,Kupianskyi Raion
hromada,Курилівська,Kurylivska,Kharkiv Oblast,Kupianskyi Raion
town,Піщане,Pishchane,Kharkiv Oblast,Kupianskyi Raion
hromada,Петропавлівська,Petropavlivska,Kharkiv Oblast,Kupianskyi Raion
hromada,Шевченківська,Shevchenkivska,Kharkiv Oblast,Kupianskyi Raion
town,Шевченкове,Shevchenkove,Kharkiv Oblast,Kupianskyi Raion
town,Борівське,Borivske,Kharkiv Oblast,Kupianskyi Raion
raion,Лозівський,Lozivskyi Raion,Kharkiv Oblast,
hromada,Біляївська,Biliaivska,Kharkiv Oblast,Lozivskyi Raion
town,Біляївка,Biliaivka,Kharkiv Oblast,Lozivskyi Raion
town,Краснопавлівське,Krasnopavlivske,Kharkiv Oblast,Lozivskyi Raion
hromada,Близнюківська,Blyzniukivska,Kharkiv Oblast,Lozivskyi Raion
town,Близнюки,Blyzniuky,Kharkiv Oblast,Lozivskyi Raion
hromada,Лозівська,Lozivska,Kharkiv Oblast,Lozivskyi Raion
city,Лозова,Lozova,Kharkiv Oblast,Lozivskyi Raion
town,Краснопавлівка,Krasnopavlivka,Kharkiv Oblast,Lozivskyi Raion
town,Орілька,Orilka,Kharkiv Oblast,Lozivskyi Raion
town,Лиманівка,Lymanivka,Kharkiv Oblast,Lozivskyi Raion
town,Кінне,Kinne,Kharkiv Oblast,Lozivskyi Raion
town,Лагідне,Lahidne,Kharkiv Oblast,Lozivskyi Raion
town,Миролюбівка,Myroliubivka,Kharkiv Oblast,Lozivskyi Raion
town,Нижня Краснопавлівка,Nyzhnia Krasnopavlivka,Kharkiv Oblast,Lozivskyi Raion
town,Нове,Nove,Kharkiv Oblast,Lozivskyi Raion
town,Чернігівське,Chernihivske,Kharkiv Oblast,Lozivskyi Raion
hromada,Олексіївська,Oleksiivska,Kharkiv Oblast,Lozivskyi Raion
town,Слобідське,Slobidske,Kharkiv Oblast,Lozivskyi Raion
town,Трійчате,Triichate,Kharkiv Oblast,Lozivskyi Raion
town,Троїцьке,Troitske,Kharkiv Oblast,Lozivskyi Raion
hromada,Первомайська,Pervomaiska,Kharkiv Oblast,Lozivskyi Raion
city,Златопіль,Zlatopil,Kharkiv Oblast,Lozivskyi Raion
raion,Харківський,Kharkivskyi Raion,Kharkiv Oblast,
hromada,Безлюдівська,Bezliudivska,Kharkiv Oblast,Kharkivskyi Raion
town,Безлюдівка,Bezliudivka,Kharkiv Oblast,Kharkivskyi Raion
town,Васищеве,Vasyshcheve,Kharkiv Oblast,Kharkivskyi Raion
town,Хорошеве,Khorosheve,Kharkiv Oblast,Kharkivskyi Raion
town,Подольох,Podolokh,Kharkiv Oblast,Kharkivskyi Raion
hromada,Височанська,Vysochanska,Kharkiv Oblast,Kharkivskyi Raion
town,Високий,Vysokyi,Kharkiv Oblast,Kharkivskyi Raion
town,Бабаї,Babai,Kharkiv Oblast,Kharkivskyi Raion
town,Покотилівка,Pokotylivka,Kharkiv Oblast,Kharkivskyi Raion
hromada,Вільхівська,Vilkhivska,Kharkiv Oblast,Kharkivskyi Raion
town,Кулиничі,Kulynychi,Kharkiv Oblast,Kharkivskyi Raion
town,Елітне,Elitne,Kharkiv Oblast,Kharkivskyi Raion
town,Зернове,Zernove,Kharkiv Oblast,Kharkivskyi Raion
town,Кутузівка,Kutuzivka,Kharkiv Oblast,Kharkivskyi Raion
town,Момотове,Momotove,Kharkiv Oblast,Kharkivskyi Raion
town,Перемога,Peremoha,Kharkiv Oblast,Kharkivskyi Raion
town,Прелесне,Prelesne,Kharkiv Oblast,Kharkivskyi Raion
town,Слобідське,Slobidske,Kharkiv Oblast,Kharkivskyi Raion
hromada,Дергачівська,Derhachivska,Kharkiv Oblast,Kharkivskyi Raion
city,Дергачі,Derhachi,Kharkiv Oblast,Kharkivskyi Raion
town,Козача Лопань,Kozacha Lopan,Kharkiv Oblast,Kharkivskyi Raion
town,Прудянка,Prudianka,Kharkiv Oblast,Kharkivskyi Raion
town,Слатине,Slatyne,Kharkiv Oblast,Kharkivskyi Raion
town,Ветеринарне,Veterynarne,Kharkiv Oblast,Kharkivskyi Raion
town,Нове,Nove,Kharkiv Oblast,Kharkivskyi Raion
town,Питомник,Pytomnyk,Kharkiv Oblast,Kharkivskyi Raion
hromada,Липецька,Lypetska,Kharkiv Oblast,Kharkivskyi Raion
town,Глибоке,Hlyboke,Kharkiv Oblast,Kharkivskyi Raion
town,Мале Веселе,Male Vesele,Kharkiv Oblast,Kharkivskyi Raion
hromada,Люботинська,Liubotynska,Kharkiv Oblast,Kharkivskyi Raion
city,Люботин,Liubotyn,Kharkiv Oblast,Kharkivskyi Raion
town,Манченки,Manchenky,Kharkiv Oblast,Kharkivskyi Raion
town,Байрак,Bairak,Kharkiv Oblast,Kharkivskyi Raion
town,Барчани,Barchany,Kharkiv Oblast,Kharkivskyi Raion
town,Караван,Karavan,Kharkiv Oblast,Kharkivskyi Raion
town,Коваленки,Kovalenky,Kharkiv Oblast,Kharkivskyi Raion
town,Санжари,Sanzhary,Kharkiv Oblast,Kharkivskyi Raion
town,Спартаси,Spartasy,Kharkiv Oblast,Kharkivskyi Raion
town,Травневе,Travneve,Kharkiv Oblast,Kharkivskyi Raion
town,Ударне,Udarne,Kharkiv Oblast,Kharkivskyi Raion
hromada,Малоданилівська,Malodanylivska,Kharkiv Oblast,Kharkivskyi Raion
town,Мала Данилівка,Mala Danylivka,Kharkiv Oblast,Kharkivskyi Raion
town,Лісне,Lisne,Kharkiv Oblast,Kharkivskyi Raion
hromada,Мереф’янська,Merefianska,Kharkiv Oblast,Kharkivskyi Raion
city,Мерефа,Merefa,Kharkiv Oblast,Kharkivskyi Raion
town,Утківка,Utkivka,Kharkiv Oblast,Kharkivskyi Raion
town,Селекційне,Selektsiine,Kharkiv Oblast,Kharkivskyi Raion
hromada,Нововодолазька,Novovodolazka,Kharkiv Oblast,Kharkivskyi Raion
town,Нова Водолага,Nova Vodolaha,Kharkiv Oblast,Kharkivskyi Raion
town,Бірки,Birky,Kharkiv Oblast,Kharkivskyi Raion
hromada,Південноміська,Pivdennomiska,Kharkiv Oblast,Kharkivskyi Raion
city,Південне,Pivdenne,Kharkiv Oblast,Kharkivskyi Raion
town,Буди,Budy,Kharkiv Oblast,Kharkivskyi Raion
town,Наукове,Naukove,Kharkiv Oblast,Kharkivskyi Raion
hromada,Пісочинська,Pisochynska,Kharkiv Oblast,Kharkivskyi Raion
town,Пісочин,Pisochyn,Kharkiv Oblast,Kharkivskyi Raion
town,Березівка,Berezivka,Kharkiv Oblast,Kharkivskyi Raion
town,Коротич,Korotych,Kharkiv Oblast,Kharkivskyi Raion
town,Новий Коротич,Novyi Korotych,Kharkiv Oblast,Kharkivskyi Raion
town,Рай-Оленівка,Rai-Olenivka,Kharkiv Oblast,Kharkivskyi Raion
hromada,Роганська,Rohanska,Kharkiv Oblast,Kharkivskyi Raion
town,Рогань,Rohan,Kharkiv Oblast,Kharkivskyi Raion
town,Докучаєвське,Dokuchaievske,Kharkiv Oblast,Kharkivskyi Raion
hromada,Солоницівська,Solonytsivska,Kharkiv Oblast,Kharkivskyi Raion
town,Солоницівка,Solonytsivka,Kharkiv Oblast,Kharkivskyi Raion
town,Вільшани,Vilshany,Kharkiv Oblast,Kharkivskyi Raion
town,Пересічне,Peresichne,Kharkiv Oblast,Kharkivskyi Raion
town,Березівське,Berezivske,Kharkiv Oblast,Kharkivskyi Raion
town,Григорівка,Hryhorivka,Kharkiv Oblast,Kharkivskyi Raion
town,Курортне,Kurortne,Kharkiv Oblast,Kharkivskyi Raion
town,Південне,Pivdenne,Kharkiv Oblast,Kharkivskyi Raion
hromada,Харківська,Kharkivska,Kharkiv Oblast,Kharkivskyi Raion
city,Харків,Kharkiv,Kharkiv Oblast,Kharkivskyi Raion
hromada,Циркунівська,Tsyrkunivska,Kharkiv Oblast,Kharkivskyi Raion
raion,Чугуївський,Chuhuivskyi Raion,Kharkiv Oblast,
hromada,Вовчанська,Vovchanska,Kharkiv Oblast,Chuhuivskyi Raion
city,Вовчанськ,Vovchansk,Kharkiv Oblast,Chuhuivskyi Raion
town,Білий Колодязь,Bilyi Kolodiaz,Kharkiv Oblast,Chuhuivskyi Raion
town,Вільча,Vilcha,Kharkiv Oblast,Chuhuivskyi Raion
hromada,Зміївська,Zmiivska,Kharkiv Oblast,Chuhuivskyi Raion
city,Зміїв,Zmiiv,Kharkiv Oblast,Chuhuivskyi Raion
town,Зідьки,Zidky,Kharkiv Oblast,Chuhuivskyi Raion
town,Безпалівка,Bezpalivka,Kharkiv Oblast,Chuhuivskyi Raion
town,Бутівка,Butivka,Kharkiv Oblast,Chuhuivskyi Raion
town,Вирішальний,Vyrishalnyi,Kharkiv Oblast,Chuhuivskyi Raion
town,Лазуківка,Lazukivka,Kharkiv Oblast,Chuhuivskyi Raion
town,Черемушне,Cheremushne,Kharkiv Oblast,Chuhuivskyi Raion
hromada,Малинівська,Malynivska,Kharkiv Oblast,Chuhuivskyi Raion
town,Малинівка,Malynivka,Kharkiv Oblast,Chuhuivskyi Raion
hromada,Новопокровська,Novopokrovska,Kharkiv Oblast,Chuhuivskyi Raion
town,Новопокровка,Novopokrovka,Kharkiv Oblast,Chuhuivskyi Raion
town,Введенка,Vvedenka,Kharkiv Oblast,Chuhuivskyi Raion
town,Есхар,Eskhar,Kharkiv Oblast,Chuhuivskyi Raion
town,Роздольне,Rozdolne,Kharkiv Oblast,Chuhuivskyi Raion
hromada,Печенізька,Pechenizka,Kharkiv Oblast,Chuhuivskyi Raion
town,Печеніги,Pechenihy,Kharkiv Oblast,Chuhuivskyi Raion
hromada,Слобожанська,Slobozhanska,Kharkiv Oblast,Chuhuivskyi Raion
city,Слобожанське,Slobozhanske,Kharkiv Oblast,Chuhuivskyi Raion
town,Благодатне,Blahodatne,Kharkiv Oblast,Chuhuivskyi Raion
town,Донець,Donets,Kharkiv Oblast,Chuhuivskyi Raion
town,Лісне,Lisne,Kharkiv Oblast,Chuhuivskyi Raion
hromada,Старосалтівська,Starosaltivska,Kharkiv Oblast,Chuhuivskyi Raion
town,Старий Салтів,Staryi Saltiv,Kharkiv Oblast,Chuhuivskyi Raion
hromada,Чкаловська,Chkalovska,Kharkiv Oblast,Chuhuivskyi Raion
town,Пролісне,Prolisne,Kharkiv Oblast,Chuhuivskyi Raion
town,Дослідне,Doslidne,Kharkiv Oblast,Chuhuivskyi Raion
town,Залізничне,Zaliznychne,Kharkiv Oblast,Chuhuivskyi Raion
hromada,Чугуївська,Chuhuivska,Kharkiv Oblast,Chuhuivskyi Raion
city,Чугуїв,Chuhuiv,Kharkiv Oblast,Chuhuivskyi Raion
town,Кочеток,Kochetok,Kharkiv Oblast,Chuhuivskyi Raion
raion,Бериславський,Beryslavskyi Raion,Kherson Oblast,
hromada,Бериславська,Beryslavska,Kherson Oblast,Beryslavskyi Raion
city,Берислав,Beryslav,Kherson Oblast,Beryslavskyi Raion
town,Шляхове,Shliakhove,Kherson Oblast,Beryslavskyi Raion
hromada,Борозенська,Borozenska,Kherson Oblast,Beryslavskyi Raion
hromada,Великоолександрівська,Velykooleksandrivska,Kherson Oblast,Beryslavskyi Raion
town,Велика Олександрівка,Velyka Oleksandrivka,Kherson Oblast,Beryslavskyi Raion
town,Біла Криниця,Bila Krynytsia,Kherson Oblast,Beryslavskyi Raion
town,Кар’єрне,Karierne,Kherson Oblast,Beryslavskyi Raion
hromada,Високопільська,Vysokopilska,Kherson Oblast,Beryslavskyi Raion
town,Високопілля,Vysokopillia,Kherson Oblast,Beryslavskyi Raion
town,Архангельське,Arkhanhelske,Kherson Oblast,Beryslavskyi Raion
hromada,Калинівська,Kalynivska,Kherson Oblast,Beryslavskyi Raion
town,Калинівське,Kalynivske,Kherson Oblast,Beryslavskyi Raion
hromada,Кочубеївська,Kochubeivska,Kherson Oblast,Beryslavskyi Raion
hromada,Милівська,Mylivska,Kherson Oblast,Beryslavskyi Raion
hromada,Нововоронцовська,Novovorontsovska,Kherson Oblast,Beryslavskyi Raion
town,Нововоронцовка,Novovorontsovka,Kherson Oblast,Beryslavskyi Raion
town,Ленінське,Leninske,Kherson Oblast,Beryslavskyi Raion
hromada,Новоолександрівська,Novooleksandrivska,Kherson Oblast,Beryslavskyi Raion
hromada,Новорайська,Novoraiska,Kherson Oblast,Beryslavskyi Raion
town,Новорайськ,Novoraisk,Kherson Oblast,Beryslavskyi Raion
town,Заможне,Zamozhne,Kherson Oblast,Beryslavskyi Raion
town,Монастирське,Monastyrske,Kherson Oblast,Beryslavskyi Raion
town,Червоний Маяк,Chervonyi Maiak,Kherson Oblast,Beryslavskyi Raion
hromada,Тягинська,Tiahynska,Kherson Oblast,Beryslavskyi Raion
town,Матросівка,Matrosivka,Kherson Oblast,Beryslavskyi Raion
raion,Генічеський,Henicheskyi Raion,Kherson Oblast,
hromada,Генічеська,Henicheska,Kherson Oblast,Henicheskyi Raion
city,Генічеськ,Henichesk,Kherson Oblast,Henicheskyi Raion
town,Новоолексіївка,Novooleksiivka,Kherson Oblast,Henicheskyi Raion
town,Рикове,Rykove,Kherson Oblast,Henicheskyi Raion
town,Залізничне,Zaliznychne,Kherson Oblast,Henicheskyi Raion
town,Козацьке,Kozatske,Kherson Oblast,Henicheskyi Raion
town,Ногайське,Nohaiske,Kherson Oblast,Henicheskyi Raion
town,Привільне,Pryvilne,Kherson Oblast,Henicheskyi Raion
town,Приозерне,Pryozerne,Kherson Oblast,Henicheskyi Raion
town,Сиваш,Syvash,Kherson Oblast,Henicheskyi Raion
town,Таврійське,Tavriiske,Kherson Oblast,Henicheskyi Raion
hromada,Іванівська,Ivanivska,Kherson Oblast,Henicheskyi Raion
town,Іванівка,Ivanivka,Kherson Oblast,Henicheskyi Raion
town,Веселівка,Veselivka,Kherson Oblast,Henicheskyi Raion
town,Новознаменка,Novoznamenka,Kherson Oblast,Henicheskyi Raion
town,Федорівка,Fedorivka,Kherson Oblast,Henicheskyi Raion
hromada,Нижньосірогозька,Nyzhnosirohozka,Kherson Oblast,Henicheskyi Raion
town,Нижні Сірогози,Nyzhni Sirohozy,Kherson Oblast,Henicheskyi Raion
town,Дальнє,Dalnie,Kherson Oblast,Henicheskyi Raion
town,Сірогози,Sirohozy,Kherson Oblast,Henicheskyi Raion
hromada,Новотроїцька,Novotroitska,Kherson Oblast,Henicheskyi Raion
town,Новотроїцьке,Novotroitske,Kherson Oblast,Henicheskyi Raion
town,Сиваське,Syvaske,Kherson Oblast,Henicheskyi Raion
raion,Каховський,Kakhovskyi Raion,Kherson Oblast,
hromada,Асканія-Нова,Askaniia-Nova,Kherson Oblast,Kakhovskyi Raion
town,Асканія-Нова,Askaniia-Nova,Kherson Oblast,Kakhovskyi Raion
town,Іллінка,Illinka,Kherson Oblast,Kakhovskyi Raion
town,Комиш,Komysh,Kherson Oblast,Kakhovskyi Raion
town,Маркеєв,Markeiev,Kherson Oblast,Kakhovskyi Raion
town,Молочне,Molochne,Kherson Oblast,Kakhovskyi Raion
town,Новий Етап,Novyi Etap,Kherson Oblast,Kakhovskyi Raion
town,Чумацьке,Chumatske,Kherson Oblast,Kakhovskyi Raion
hromada,Великолепетиська,Velykolepetyska,Kherson Oblast,Kakhovskyi Raion
town,Велика Лепетиха,Velyka Lepetykha,Kherson Oblast,Kakhovskyi Raion
hromada,Верхньорогачицька,Verkhnorohachytska,Kherson Oblast,Kakhovskyi Raion
town,Верхній Рогачик,Verkhnii Rohachyk,Kherson Oblast,Kakhovskyi Raion
hromada,Горностаївська,Hornostaivska,Kherson Oblast,Kakhovskyi Raion
town,Горностаївка,Hornostaivka,Kherson Oblast,Kakhovskyi Raion
hromada,Зеленопідська,Zelenopidska,Kherson Oblast,Kakhovskyi Raion
town,Зелений Під,Zelenyi Pid,Kherson Oblast,Kakhovskyi Raion
town,Зелена Рубанівка,Zelena Rubanivka,Kherson Oblast,Kakhovskyi Raion
town,Слиненка,Slynenka,Kherson Oblast,Kakhovskyi Raion
town,Сокирки,Sokyrky,Kherson Oblast,Kakhovskyi Raion
town,Федорівка,Fedorivka,Kherson Oblast,Kakhovskyi Raion
hromada,Каховська,Kakhovska,Kherson Oblast,Kakhovskyi Raion
city,Каховка,Kakhovka,Kherson Oblast,Kakhovskyi Raion
hromada,Костянтинівська,Kostiantynivska,Kherson Oblast,Kakhovskyi Raion
hromada,Любимівська,Liubymivska,Kherson Oblast,Kakhovskyi Raion
town,Любимівка,Liubymivka,Kherson Oblast,Kakhovskyi Raion
town,Завітне,Zavitne,Kherson Oblast,Kakhovskyi Raion
hromada,Новокаховська,Novokakhovska,Kherson Oblast,Kakhovskyi Raion
city,Нова Каховка,Nova Kakhovka,Kherson Oblast,Kakhovskyi Raion
town,Дніпряни,Dnipriany,Kherson Oblast,Kakhovskyi Raion
town,Козацьке,Kozatske,Kherson Oblast,Kakhovskyi Raion
town,Веселе,Vesele,Kherson Oblast,Kakhovskyi Raion
town,Райське,Raiske,Kherson Oblast,Kakhovskyi Raion
town,Тополівка,Topolivka,Kherson Oblast,Kakhovskyi Raion
hromada,Присиваська,Prysyvaska,Kherson Oblast,Kakhovskyi Raion
hromada,Рубанівська,Rubanivska,Kherson Oblast,Kakhovskyi Raion
hromada,Тавричанська,Tavrychanska,Kherson Oblast,Kakhovskyi Raion
town,Волинське,Volynske,Kherson Oblast,Kakhovskyi Raion
town,Остапенка,Ostapenka,Kherson Oblast,Kakhovskyi Raion
hromada,Таврійська,Tavriiska,Kherson Oblast,Kakhovskyi Raion
city,Таврійськ,Tavriisk,Kherson Oblast,Kakhovskyi Raion
town,Плодове,Plodove,Kherson Oblast,Kakhovskyi Raion
hromada,Хрестівська,Khrestivska,Kherson Oblast,Kakhovskyi Raion
hromada,Чаплинська,Chaplynska,Kherson Oblast,Kakhovskyi Raion
town,Чаплинка,Chaplynka,Kherson Oblast,Kakhovskyi Raion
raion,Скадовський,Skadovskyi Raion,Kherson Oblast,
hromada,Бехтерська,Bekhterska,Kherson Oblast,Skadovskyi Raion
town,Чорноморське,Chornomorske,Kherson Oblast,Skadovskyi Raion
hromada,Голопристанська,Holoprystanska,Kherson Oblast,Skadovskyi Raion
city,Гола Пристань,Hola Prystan,Kherson Oblast,Skadovskyi Raion
hromada,Долматівська,Dolmativska,Kherson Oblast,Skadovskyi Raion
town,Новоселівка,Novoselivka,Kherson Oblast,Skadovskyi Raion
town,Світанок,Svitanok,Kherson Oblast,Skadovskyi Raion
hromada,Каланчацька,Kalanchatska,Kherson Oblast,Skadovskyi Raion
town,Каланчак,Kalanchak,Kherson Oblast,Skadovskyi Raion
town,Роздольне,Rozdolne,Kherson Oblast,Skadovskyi Raion
hromada,Лазурненська,Lazurnenska,Kherson Oblast,Skadovskyi Raion
town,Лазурне,Lazurne,Kherson Oblast,Skadovskyi Raion
hromada,Мирненська,Myrnenska,Kherson Oblast,Skadovskyi Raion
town,Мирне,Myrne,Kherson Oblast,Skadovskyi Raion
hromada,Новомиколаївська,Novomykolaivska,Kherson Oblast,Skadovskyi Raion
hromada,Скадовська,Skadovska,Kherson Oblast,Skadovskyi Raion
city,Скадовськ,Skadovsk,Kherson Oblast,Skadovskyi Raion
town,Антонівка,Antonivka,Kherson Oblast,Skadovskyi Raion
town,Благодатне,Blahodatne,Kherson Oblast,Skadovskyi Raion
town,Вишневе,Vyshneve,Kherson Oblast,Skadovskyi Raion
town,Грушівка,Hrushivka,Kherson Oblast,Skadovskyi Raion
town,Зелене,Zelene,Kherson Oblast,Skadovskyi Raion
town,Озерне,Ozerne,Kherson Oblast,Skadovskyi Raion
town,Петропавлівка,Petropavlivka,Kherson Oblast,Skadovskyi Raion
town,Степне,Stepne,Kherson Oblast,Skadovskyi Raion
town,Таврія,Tavriia,Kherson Oblast,Skadovskyi Raion
hromada,Чулаківська,Chulakivska,Kherson Oblast,Skadovskyi Raion
town,Виноградне,Vynohradne,Kherson Oblast,Skadovskyi Raion
town,Вільна Дружина,Vilna Druzhyna,Kherson Oblast,Skadovskyi Raion
town,Садове,Sadove,Kherson Oblast,Skadovskyi Raion
raion,Херсонський,Khersonskyi Raion,Kherson Oblast,
hromada,Білозерська,Bilozerska,Kherson Oblast,Khersonskyi Raion
town,Білозерка,Bilozerka,Kherson Oblast,Khersonskyi Raion
town,Берегове,Berehove,Kherson Oblast,Khersonskyi Raion
town,Велетенське,Veletenske,Kherson Oblast,Khersonskyi Raion
town,Гончарне,Honcharne,Kherson Oblast,Khersonskyi Raion
town,Дніпровське,Dniprovske,Kherson Oblast,Khersonskyi Raion
town,Дослідне,Doslidne,Kherson Oblast,Khersonskyi Raion
town,Мирне,Myrne,Kherson Oblast,Khersonskyi Raion
town,Миролюбівка,Myroliubivka,Kherson Oblast,Khersonskyi Raion
town,Молодецьке,Molodetske,Kherson Oblast,Khersonskyi Raion
town,Незламне,Nezlamne,Kherson Oblast,Khersonskyi Raion
town,Розлив,Rozlyv,Kherson Oblast,Khersonskyi Raion
town,Ромашкове,Romashkove,Kherson Oblast,Khersonskyi Raion
town,Черешеньки,Chereshenky,Kherson Oblast,Khersonskyi Raion
town,Янтарне,Yantarne,Kherson Oblast,Khersonskyi Raion
hromada,Великокопанівська,Velykokopanivska,Kherson Oblast,Khersonskyi Raion
town,Абрикосівка,Abrykosivka,Kherson Oblast,Khersonskyi Raion
hromada,Виноградівська,Vynohradivska,Kherson Oblast,Khersonskyi Raion
town,Брилівка,Brylivka,Kherson Oblast,Khersonskyi Raion
hromada,Дар’ївська,Darivska,Kherson Oblast,Khersonskyi Raion
hromada,Музиківська,Muzykivska,Kherson Oblast,Khersonskyi Raion
hromada,Олешківська,Oleshkivska,Kherson Oblast,Khersonskyi Raion
city,Олешки,Oleshky,Kherson Oblast,Khersonskyi Raion
town,Підлісне,Pidlisne,Kherson Oblast,Khersonskyi Raion
town,Заплава,Zaplava,Kherson Oblast,Khersonskyi Raion
hromada,Станіславська,Stanislavska,Kherson Oblast,Khersonskyi Raion
hromada,Херсонська,Khersonska,Kherson Oblast,Khersonskyi Raion
city,Херсон,Kherson,Kherson Oblast,Khersonskyi Raion
town,Антонівка,Antonivka,Kherson Oblast,Khersonskyi Raion
town,Зеленівка,Zelenivka,Kherson Oblast,Khersonskyi Raion
town,Комишани,Komyshany,Kherson Oblast,Khersonskyi Raion
town,Наддніпрянське,Naddniprianske,Kherson Oblast,Khersonskyi Raion
town,Благовіщенське,Blahovishchenske,Kherson Oblast,Khersonskyi Raion
town,Зимівник,Zymivnyk,Kherson Oblast,Khersonskyi Raion
town,Інженерне,Inzhenerne,Kherson Oblast,Khersonskyi Raion
town,Молодіжне,Molodizhne,Kherson Oblast,Khersonskyi Raion
town,Придніпровське,Prydniprovske,Kherson Oblast,Khersonskyi Raion
town,Приозерне,Pryozerne,Kherson Oblast,Khersonskyi Raion
town,Сонячне,Soniachne,Kherson Oblast,Khersonskyi Raion
hromada,Чорнобаївська,Chornobaivska,Kherson Oblast,Khersonskyi Raion
town,Копані,Kopani,Kherson Oblast,Khersonskyi Raion
hromada,Ювілейна,Yuvileina,Kherson Oblast,Khersonskyi Raion
town,Ювілейне,Yuvileine,Kherson Oblast,Khersonskyi Raion
town,Нова Маячка,Nova Maiachka,Kherson Oblast,Khersonskyi Raion
town,Щасливе,Shchaslyve,Kherson Oblast,Khersonskyi Raion
raion,Кам’янець-Подільський,Kamianets-Podilskyi Raion,Khmelnytskyi Oblast,
hromada,Гуківська,Hukivska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Гуменецька,Humenetska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
town,Сахкамінь,Sakhkamin,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Дунаєвецька,Dunaievetska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
city,Дунаївці,Dunaivtsi,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Жванецька,Zhvanetska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Закупненська,Zakupnenska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
town,Закупне,Zakupne,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Кам’янець-Подільська,Kamianets-Podilska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
city,Кам’янець-Подільський,Kamianets-Podilskyi,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Китайгородська,Kytaihorodska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Маківська,Makivska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Новодунаєвецька,Novodunaievetska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
town,Дунаївці,Dunaivtsi,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Новоушицька,Novoushytska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
town,Нова Ушиця,Nova Ushytsia,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
town,Загродське,Zahrodske,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Орининська,Orynynska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Слобідсько-Кульчієвецька,Slobidsko-Kulchiievetska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Смотрицька,Smotrytska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
town,Смотрич,Smotrych,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Староушицька,Staroushytska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
town,Стара Ушиця,Stara Ushytsia,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
hromada,Чемеровецька,Chemerovetska,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
town,Чемерівці,Chemerivtsi,Khmelnytskyi Oblast,Kamianets-Podilskyi Raion
raion,Хмельницький,Khmelnytskyi Raion,Khmelnytskyi Oblast,
hromada,Антонінська,Antoninska,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Антоніни,Antoniny,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Війтовецька,Viitovetska,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Війтівці,Viitivtsi,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Віньковецька,Vinkovetska,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Віньківці,Vinkivtsi,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Вовковинецька,Vovkovynetska,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Вовковинці,Vovkovyntsi,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Волочиська,Volochyska,Khmelnytskyi Oblast,Khmelnytskyi Raion
city,Волочиськ,Volochysk,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Гвардійська,Hvardiiska,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Городоцька,Horodotska,Khmelnytskyi Oblast,Khmelnytskyi Raion
city,Городок,Horodok,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Лісоводи,Lisovody,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Деражнянська,Derazhnianska,Khmelnytskyi Oblast,Khmelnytskyi Raion
city,Деражня,Derazhnia,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Лозове,Lozove,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Заслучненська,Zasluchnenska,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Зіньківська,Zinkivska,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Красилівська,Krasylivska,Khmelnytskyi Oblast,Khmelnytskyi Raion
city,Красилів,Krasyliv,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Летичівська,Letychivska,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Летичів,Letychiv,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Лісовогринівецька,Lisovohrynivetska,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Меджибізька,Medzhybizka,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Меджибіж,Medzhybizh,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Миролюбненська,Myroliubnenska,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Наркевицька,Narkevytska,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Наркевичі,Narkevychi,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Розсошанська,Rozsoshanska,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Сатанівська,Satanivska,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Сатанів,Sataniv,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Солобковецька,Solobkovetska,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Старокостянтинівська,Starokostiantynivska,Khmelnytskyi Oblast,Khmelnytskyi Raion
city,Старокостянтинів,Starokostiantyniv,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Староостропільська,Staroostropilska,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Старосинявська,Starosyniavska,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Стара Синява,Stara Syniava,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Теофіпольська,Teofipolska,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Теофіполь,Teofipol,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Базалія,Bazaliia,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Хмельницька,Khmelnytska,Khmelnytskyi Oblast,Khmelnytskyi Raion
city,Хмельницький,Khmelnytskyi,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Богданівці,Bohdanivtsi,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Чорноострівська,Chornoostrivska,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Чорний Острів,Chornyi Ostriv,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Щиборівська,Shchyborivska,Khmelnytskyi Oblast,Khmelnytskyi Raion
hromada,Ярмолинецька,Yarmolynetska,Khmelnytskyi Oblast,Khmelnytskyi Raion
town,Ярмолинці,Yarmolyntsi,Khmelnytskyi Oblast,Khmelnytskyi Raion
raion,Шепетівський,Shepetivskyi Raion,Khmelnytskyi Oblast,
hromada,Берездівська,Berezdivska,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Білогірська,Bilohirska,Khmelnytskyi Oblast,Shepetivskyi Raion
town,Білогір’я,Bilohiria,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Ганнопільська,Hannopilska,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Грицівська,Hrytsivska,Khmelnytskyi Oblast,Shepetivskyi Raion
town,Гриців,Hrytsiv,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Ізяславська,Iziaslavska,Khmelnytskyi Oblast,Shepetivskyi Raion
city,Ізяслав,Iziaslav,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Крупецька,Krupetska,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Ленковецька,Lenkovetska,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Михайлюцька,Mykhailiutska,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Нетішинська,Netishynska,Khmelnytskyi Oblast,Shepetivskyi Raion
city,Нетішин,Netishyn,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Плужненська,Pluzhnenska,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Полонська,Polonska,Khmelnytskyi Oblast,Shepetivskyi Raion
city,Полонне,Polonne,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Понінківська,Poninkivska,Khmelnytskyi Oblast,Shepetivskyi Raion
town,Понінка,Poninka,Khmelnytskyi Oblast,Shepetivskyi Raion
town,Лісне,Lisne,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Сахновецька,Sakhnovetska,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Славутська,Slavutska,Khmelnytskyi Oblast,Shepetivskyi Raion
city,Славута,Slavuta,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Судилківська,Sudylkivska,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Улашанівська,Ulashanivska,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Шепетівська,Shepetivska,Khmelnytskyi Oblast,Shepetivskyi Raion
city,Шепетівка,Shepetivka,Khmelnytskyi Oblast,Shepetivskyi Raion
hromada,Ямпільська,Yampilska,Khmelnytskyi Oblast,Shepetivskyi Raion
town,Ямпіль,Yampil,Khmelnytskyi Oblast,Shepetivskyi Raion
raion,Звенигородський,Zvenyhorodskyi Raion,Cherkasy Oblast,
hromada,Бужанська,Buzhanska,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Дубина,Dubyna,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Ватутінська,Vatutinska,Cherkasy Oblast,Zvenyhorodskyi Raion
city,Багачеве,Bahacheve,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Виноградська,Vynohradska,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Мар’янівка,Marianivka,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Вільшанська,Vilshanska,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Вільшана,Vilshana,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Ільченкове,Ilchenkove,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Кличкове,Klychkove,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Кудинівка,Kudynivka,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Моргунове,Morhunove,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Сагайдачне,Sahaidachne,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Стадниця,Stadnytsia,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Трихуторівка,Trykhutorivka,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Хрестівка,Khrestivka,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Водяницька,Vodianytska,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Михайлівка,Mykhailivka,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Олександрівка,Oleksandrivka,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Єрківська,Yerkivska,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Єрки,Yerky,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Звенигородська,Zvenyhorodska,Cherkasy Oblast,Zvenyhorodskyi Raion
city,Звенигородка,Zvenyhorodka,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Катеринопільська,Katerynopilska,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Калинопіль,Kalynopil,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Новоукраїнка,Novoukrainka,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Лип’янська,Lypianska,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Лисянська,Lysianska,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Лисянка,Lysianka,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Матусівська,Matusivska,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Мокрокалигірська,Mokrokalyhirska,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Червоний Брід,Chervonyi Brid,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Селищенська,Selyshchenska,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Стеблівська,Steblivska,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Стеблів,Stebliv,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Хлерівка,Khlerivka,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Тальнівська,Talnivska,Cherkasy Oblast,Zvenyhorodskyi Raion
city,Тальне,Talne,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Добрянка,Dobrianka,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Здобуток,Zdobutok,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Левада,Levada,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Нова Павлівка,Nova Pavlivka,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Новомайданецьке,Novomaidanetske,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Степне,Stepne,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Тарасівка,Tarasivka,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Шалаське,Shalaske,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Шевченківська,Shevchenkivska,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Кононове-Івасів,Kononove-Ivasiv,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Шампанія,Shampaniia,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Юркове,Yurkove,Cherkasy Oblast,Zvenyhorodskyi Raion
hromada,Шполянська,Shpolianska,Cherkasy Oblast,Zvenyhorodskyi Raion
city,Шпола,Shpola,Cherkasy Oblast,Zvenyhorodskyi Raion
town,Ховківка,Khovkivka,Cherkasy Oblast,Zvenyhorodskyi Raion
raion,Золотоніський,Zolotoniskyi Raion,Cherkasy Oblast,
hromada,Великохутірська,Velykokhutirska,Cherkasy Oblast,Zolotoniskyi Raion
town,Ашанівка,Ashanivka,Cherkasy Oblast,Zolotoniskyi Raion
town,Рецюківщина,Retsiukivshchyna,Cherkasy Oblast,Zolotoniskyi Raion
hromada,Вознесенська,Voznesenska,Cherkasy Oblast,Zolotoniskyi Raion
town,Канівщина,Kanivshchyna,Cherkasy Oblast,Zolotoniskyi Raion
town,Пальміра,Palmira,Cherkasy Oblast,Zolotoniskyi Raion
town,Роздол,Rozdol,Cherkasy Oblast,Zolotoniskyi Raion
town,Степове,Stepove,Cherkasy Oblast,Zolotoniskyi Raion
hromada,Гельмязівська,Helmiazivska,Cherkasy Oblast,Zolotoniskyi Raion
town,Ковтунівка,Kovtunivka,Cherkasy Oblast,Zolotoniskyi Raion
town,Малинівщина,Malynivshchyna,Cherkasy Oblast,Zolotoniskyi Raion
town,Шкодунівка,Shkodunivka,Cherkasy Oblast,Zolotoniskyi Raion
hromada,Драбівська,Drabivska,Cherkasy Oblast,Zolotoniskyi Raion
town,Драбів,Drabiv,Cherkasy Oblast,Zolotoniskyi Raion
town,Драбове-Барятинське,Drabove-Bariatynske,Cherkasy Oblast,Zolotoniskyi Raion
town,Козорізи,Kozorizy,Cherkasy Oblast,Zolotoniskyi Raion
hromada,Золотоніська,Zolotoniska,Cherkasy Oblast,Zolotoniskyi Raion
city,Золотоноша,Zolotonosha,Cherkasy Oblast,Zolotoniskyi Raion
town,Гришківка,Hryshkivka,Cherkasy Oblast,Zolotoniskyi Raion
town,Снігурівка,Snihurivka,Cherkasy Oblast,Zolotoniskyi Raion
town,Ярки,Yarky,Cherkasy Oblast,Zolotoniskyi Raion
hromada,Зорівська,Zorivska,Cherkasy Oblast,Zolotoniskyi Raion
town,Квітневе,Kvitneve,Cherkasy Oblast,Zolotoniskyi Raion
hromada,Іркліївська,Irkliivska,Cherkasy Oblast,Zolotoniskyi Raion
town,Журавлине,Zhuravlyne,Cherkasy Oblast,Zolotoniskyi Raion
town,Мирне,Myrne,Cherkasy Oblast,Zolotoniskyi Raion
hromada,Новодмитрівська,Novodmytrivska,Cherkasy Oblast,Zolotoniskyi Raion
town,Дібрівка,Dibrivka,Cherkasy Oblast,Zolotoniskyi Raion
town,Холодне,Kholodne,Cherkasy Oblast,Zolotoniskyi Raion
hromada,Піщанська,Pishchanska,Cherkasy Oblast,Zolotoniskyi Raion
town,Гладківщина,Hladkivshchyna,Cherkasy Oblast,Zolotoniskyi Raion
hromada,Чорнобаївська,Chornobaivska,Cherkasy Oblast,Zolotoniskyi Raion
town,Чорнобай,Chornobai,Cherkasy Oblast,Zolotoniskyi Raion
town,Вишнівка,Vyshnivka,Cherkasy Oblast,Zolotoniskyi Raion
town,Іванівка,Ivanivka,Cherkasy Oblast,Zolotoniskyi Raion
town,Привітне,Pryvitne,Cherkasy Oblast,Zolotoniskyi Raion
hromada,Шрамківська,Shramkivska,Cherkasy Oblast,Zolotoniskyi Raion
town,Бондарівка,Bondarivka,Cherkasy Oblast,Zolotoniskyi Raion
town,Вишневе,Vyshneve,Cherkasy Oblast,Zolotoniskyi Raion
town,Кононівка,Kononivka,Cherkasy Oblast,Zolotoniskyi Raion
town,Червона Дача,Chervona Dacha,Cherkasy Oblast,Zolotoniskyi Raion
raion,Уманський,Umanskyi Raion,Cherkasy Oblast,
hromada,Бабанська,Babanska,Cherkasy Oblast,Umanskyi Raion
town,Бабанка,Babanka,Cherkasy Oblast,Umanskyi Raion
hromada,Баштечківська,Bashtechkivska,Cherkasy Oblast,Umanskyi Raion
town,Костянтинівка,Kostiantynivka,Cherkasy Oblast,Umanskyi Raion
hromada,Буцька,Butska,Cherkasy Oblast,Umanskyi Raion
town,Буки,Buky,Cherkasy Oblast,Umanskyi Raion
hromada,Дмитрушківська,Dmytrushkivska,Cherkasy Oblast,Umanskyi Raion
hromada,Жашківська,Zhashkivska,Cherkasy Oblast,Umanskyi Raion
city,Жашків,Zhashkiv,Cherkasy Oblast,Umanskyi Raion
town,Адамівка,Adamivka,Cherkasy Oblast,Umanskyi Raion
hromada,Іваньківська,Ivankivska,Cherkasy Oblast,Umanskyi Raion
hromada,Ладижинська,Ladyzhynska,Cherkasy Oblast,Umanskyi Raion
town,Затишок,Zatyshok,Cherkasy Oblast,Umanskyi Raion
town,Малий Затишок,Malyi Zatyshok,Cherkasy Oblast,Umanskyi Raion
hromada,Маньківська,Mankivska,Cherkasy Oblast,Umanskyi Raion
town,Маньківка,Mankivka,Cherkasy Oblast,Umanskyi Raion
town,Жолудькове,Zholudkove,Cherkasy Oblast,Umanskyi Raion
town,Зелений Гай,Zelenyi Hai,Cherkasy Oblast,Umanskyi Raion
town,Рудка,Rudka,Cherkasy Oblast,Umanskyi Raion
hromada,Монастирищенська,Monastyryshchenska,Cherkasy Oblast,Umanskyi Raion
city,Монастирище,Monastyryshche,Cherkasy Oblast,Umanskyi Raion
town,Цибулів,Tsybuliv,Cherkasy Oblast,Umanskyi Raion
town,Вільна,Vilna,Cherkasy Oblast,Umanskyi Raion
town,Володимирівка,Volodymyrivka,Cherkasy Oblast,Umanskyi Raion
town,Забіляни,Zabiliany,Cherkasy Oblast,Umanskyi Raion
town,Кудинів Ліс,Kudyniv Lis,Cherkasy Oblast,Umanskyi Raion
town,Покровка,Pokrovka,Cherkasy Oblast,Umanskyi Raion
hromada,Паланська,Palanska,Cherkasy Oblast,Umanskyi Raion
hromada,Уманська,Umanska,Cherkasy Oblast,Umanskyi Raion
city,Умань,Uman,Cherkasy Oblast,Umanskyi Raion
hromada,Христинівська,Khrystynivska,Cherkasy Oblast,Umanskyi Raion
city,Христинівка,Khrystynivka,Cherkasy Oblast,Umanskyi Raion
town,Верхнячка,Verkhniachka,Cherkasy Oblast,Umanskyi Raion
town,Іванівка,Ivanivka,Cherkasy Oblast,Umanskyi Raion
town,Сичі,Sychi,Cherkasy Oblast,Umanskyi Raion
town,Хасанівка,Khasanivka,Cherkasy Oblast,Umanskyi Raion
town,Яри,Yary,Cherkasy Oblast,Umanskyi Raion
raion,Черкаський,Cherkaskyi Raion,Cherkasy Oblast,
hromada,Балаклеївська,Balakleivska,Cherkasy Oblast,Cherkaskyi Raion
hromada,Березняківська,Berezniakivska,Cherkasy Oblast,Cherkaskyi Raion
hromada,Білозірська,Bilozirska,Cherkasy Oblast,Cherkaskyi Raion
town,Ірдинь,Irdyn,Cherkasy Oblast,Cherkaskyi Raion
town,Баси,Basy,Cherkasy Oblast,Cherkaskyi Raion
hromada,Бобрицька,Bobrytska,Cherkasy Oblast,Cherkaskyi Raion
town,Орловець,Orlovets,Cherkasy Oblast,Cherkaskyi Raion
town,Райок,Raiok,Cherkasy Oblast,Cherkaskyi Raion
hromada,Будищенська,Budyshchenska,Cherkasy Oblast,Cherkaskyi Raion
town,Сокирна,Sokyrna,Cherkasy Oblast,Cherkaskyi Raion
hromada,Городищенська,Horodyshchenska,Cherkasy Oblast,Cherkaskyi Raion
city,Городище,Horodyshche,Cherkasy Oblast,Cherkaskyi Raion
town,Цвіткове,Tsvitkove,Cherkasy Oblast,Cherkaskyi Raion
hromada,Кам’янська,Kamianska,Cherkasy Oblast,Cherkaskyi Raion
city,Кам’янка,Kamianka,Cherkasy Oblast,Cherkaskyi Raion
town,Богданівське,Bohdanivske,Cherkasy Oblast,Cherkaskyi Raion
town,Калинівка,Kalynivka,Cherkasy Oblast,Cherkaskyi Raion
town,Копійчана,Kopiichana,Cherkasy Oblast,Cherkaskyi Raion
hromada,Канівська,Kanivska,Cherkasy Oblast,Cherkaskyi Raion
city,Канів,Kaniv,Cherkasy Oblast,Cherkaskyi Raion
hromada,Корсунь-Шевченківська,Korsun-Shevchenkivska,Cherkasy Oblast,Cherkaskyi Raion
city,Корсунь-Шевченківський,Korsun-Shevchenkivskyi,Cherkasy Oblast,Cherkaskyi Raion
town,Берлютине,Berliutyne,Cherkasy Oblast,Cherkaskyi Raion
town,Зелена Діброва,Zelena Dibrova,Cherkasy Oblast,Cherkaskyi Raion
hromada,Леськівська,Leskivska,Cherkasy Oblast,Cherkaskyi Raion
hromada,Ліплявська,Lipliavska,Cherkasy Oblast,Cherkaskyi Raion
hromada,Медведівська,Medvedivska,Cherkasy Oblast,Cherkaskyi Raion
town,Буда,Buda,Cherkasy Oblast,Cherkaskyi Raion
town,Скелівка,Skelivka,Cherkasy Oblast,Cherkaskyi Raion
hromada,Михайлівська,Mykhailivska,Cherkasy Oblast,Cherkaskyi Raion
town,Грекове,Hrekove,Cherkasy Oblast,Cherkaskyi Raion
town,Лісове,Lisove,Cherkasy Oblast,Cherkaskyi Raion
town,Сокирне,Sokyrne,Cherkasy Oblast,Cherkaskyi Raion
hromada,Мліївська,Mliivska,Cherkasy Oblast,Cherkaskyi Raion
hromada,Мошнівська,Moshnivska,Cherkasy Oblast,Cherkaskyi Raion
town,Закревки,Zakrevky,Cherkasy Oblast,Cherkaskyi Raion
hromada,Набутівська,Nabutivska,Cherkasy Oblast,Cherkaskyi Raion
town,Сахнівське,Sakhnivske,Cherkasy Oblast,Cherkaskyi Raion
town,Червоне,Chervone,Cherkasy Oblast,Cherkaskyi Raion
hromada,Ротмістрівська,Rotmistrivska,Cherkasy Oblast,Cherkaskyi Raion
town,Вовківка,Vovkivka,Cherkasy Oblast,Cherkaskyi Raion
town,Степок,Stepok,Cherkasy Oblast,Cherkaskyi Raion
hromada,Руськополянська,Ruskopolianska,Cherkasy Oblast,Cherkaskyi Raion
hromada,Сагунівська,Sahunivska,Cherkasy Oblast,Cherkaskyi Raion
hromada,Смілянська,Smilianska,Cherkasy Oblast,Cherkaskyi Raion
city,Сміла,Smila,Cherkasy Oblast,Cherkaskyi Raion
town,Ірдинівка,Irdynivka,Cherkasy Oblast,Cherkaskyi Raion
hromada,Степанецька,Stepanetska,Cherkasy Oblast,Cherkaskyi Raion
town,Копіювате,Kopiiuvate,Cherkasy Oblast,Cherkaskyi Raion
town,Степанецьке,Stepanetske,Cherkasy Oblast,Cherkaskyi Raion
hromada,Степанківська,Stepankivska,Cherkasy Oblast,Cherkaskyi Raion
hromada,Тернівська,Ternivska,Cherkasy Oblast,Cherkaskyi Raion
town,Богунове,Bohunove,Cherkasy Oblast,Cherkaskyi Raion
town,Холоднянське,Kholodnianske,Cherkasy Oblast,Cherkaskyi Raion
town,Червоне,Chervone,Cherkasy Oblast,Cherkaskyi Raion
hromada,Червонослобідська,Chervonoslobidska,Cherkasy Oblast,Cherkaskyi Raion
hromada,Черкаська,Cherkaska,Cherkasy Oblast,Cherkaskyi Raion
city,Черкаси,Cherkasy,Cherkasy Oblast,Cherkaskyi Raion
town,Оршанець,Orshanets,Cherkasy Oblast,Cherkaskyi Raion
hromada,Чигиринська,Chyhyrynska,Cherkasy Oblast,Cherkaskyi Raion
city,Чигирин,Chyhyryn,Cherkasy Oblast,Cherkaskyi Raion
town,Бурякове,Buriakove,Cherkasy Oblast,Cherkaskyi Raion
town,Гненне,Hnenne,Cherkasy Oblast,Cherkaskyi Raion
town,Кудашеве,Kudasheve,Cherkasy Oblast,Cherkaskyi Raion
town,Скаржинка,Skarzhynka,Cherkasy Oblast,Cherkaskyi Raion
town,Чернече,Cherneche,Cherkasy Oblast,Cherkaskyi Raion
raion,Вижницький,Vyzhnytskyi Raion,Chernivtsi Oblast,
hromada,Банилівська,Banylivska,Chernivtsi Oblast,Vyzhnytskyi Raion
hromada,Берегометська,Berehometska,Chernivtsi Oblast,Vyzhnytskyi Raion
town,Берегомет,Berehomet,Chernivtsi Oblast,Vyzhnytskyi Raion
hromada,Брусницька,Brusnytska,Chernivtsi Oblast,Vyzhnytskyi Raion
hromada,Вашківецька,Vashkivetska,Chernivtsi Oblast,Vyzhnytskyi Raion
city,Вашківці,Vashkivtsi,Chernivtsi Oblast,Vyzhnytskyi Raion
hromada,Вижницька,Vyzhnytska,Chernivtsi Oblast,Vyzhnytskyi Raion
city,Вижниця,Vyzhnytsia,Chernivtsi Oblast,Vyzhnytskyi Raion
hromada,Конятинська,Koniatynska,Chernivtsi Oblast,Vyzhnytskyi Raion
hromada,Путильська,Putylska,Chernivtsi Oblast,Vyzhnytskyi Raion
town,Путила,Putyla,Chernivtsi Oblast,Vyzhnytskyi Raion
hromada,Селятинська,Seliatynska,Chernivtsi Oblast,Vyzhnytskyi Raion
hromada,Усть-Путильська,Ust-Putylska,Chernivtsi Oblast,Vyzhnytskyi Raion
raion,Дністровський,Dnistrovskyi Raion,Chernivtsi Oblast,
hromada,Вашковецька,Vashkovetska,Chernivtsi Oblast,Dnistrovskyi Raion
hromada,Кельменецька,Kelmenetska,Chernivtsi Oblast,Dnistrovskyi Raion
town,Кельменці,Kelmentsi,Chernivtsi Oblast,Dnistrovskyi Raion
hromada,Клішковецька,Klishkovetska,Chernivtsi Oblast,Dnistrovskyi Raion
hromada,Лівинецька,Livynetska,Chernivtsi Oblast,Dnistrovskyi Raion
hromada,Мамалигівська,Mamalyhivska,Chernivtsi Oblast,Dnistrovskyi Raion
hromada,Недобоївська,Nedoboivska,Chernivtsi Oblast,Dnistrovskyi Raion
hromada,Новодністровська,Novodnistrovska,Chernivtsi Oblast,Dnistrovskyi Raion
city,Новодністровськ,Novodnistrovsk,Chernivtsi Oblast,Dnistrovskyi Raion
hromada,Рукшинська,Rukshynska,Chernivtsi Oblast,Dnistrovskyi Raion
hromada,Сокирянська,Sokyrianska,Chernivtsi Oblast,Dnistrovskyi Raion
city,Сокиряни,Sokyriany,Chernivtsi Oblast,Dnistrovskyi Raion
hromada,Хотинська,Khotynska,Chernivtsi Oblast,Dnistrovskyi Raion
city,Хотин,Khotyn,Chernivtsi Oblast,Dnistrovskyi Raion
raion,Чернівецький,Chernivetskyi Raion,Chernivtsi Oblast,
hromada,Боянська,Boianska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Ванчиковецька,Vanchykovetska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Великокучурівська,Velykokuchurivska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Веренчанська,Verenchanska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Вікнянська,Viknianska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Волоківська,Volokivska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Герцаївська,Hertsaivska,Chernivtsi Oblast,Chernivetskyi Raion
city,Герца,Hertsa,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Глибоцька,Hlybotska,Chernivtsi Oblast,Chernivetskyi Raion
town,Глибока,Hlyboka,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Горішньошеровецька,Horishnosherovetska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Заставнівська,Zastavnivska,Chernivtsi Oblast,Chernivetskyi Raion
city,Заставна,Zastavna,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Кадубовецька,Kadubovetska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Кам’янецька,Kamianetska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Кам’янська,Kamianska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Карапчівська,Karapchivska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Кіцманська,Kitsmanska,Chernivtsi Oblast,Chernivetskyi Raion
city,Кіцмань,Kitsman,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Кострижівська,Kostryzhivska,Chernivtsi Oblast,Chernivetskyi Raion
town,Кострижівка,Kostryzhivka,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Красноїльська,Krasnoilska,Chernivtsi Oblast,Chernivetskyi Raion
town,Красноїльськ,Krasnoilsk,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Магальська,Mahalska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Мамаївська,Mamaivska,Chernivtsi Oblast,Chernivetskyi Raion
town,Лужани,Luzhany,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Неполоковецька,Nepolokovetska,Chernivtsi Oblast,Chernivetskyi Raion
town,Неполоківці,Nepolokivtsi,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Новоселицька,Novoselytska,Chernivtsi Oblast,Chernivetskyi Raion
city,Новоселиця,Novoselytsia,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Острицька,Ostrytska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Петровецька,Petrovetska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Ставчанська,Stavchanska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Сторожинецька,Storozhynetska,Chernivtsi Oblast,Chernivetskyi Raion
city,Сторожинець,Storozhynets,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Сучевенська,Suchevenska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Тарашанська,Tarashanska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Тереблеченська,Tereblechenska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Топорівська,Toporivska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Чагорська,Chahorska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Чернівецька,Chernivetska,Chernivtsi Oblast,Chernivetskyi Raion
city,Чернівці,Chernivtsi,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Чудейська,Chudeiska,Chernivtsi Oblast,Chernivetskyi Raion
hromada,Юрковецька,Yurkovetska,Chernivtsi Oblast,Chernivetskyi Raion
raion,Корюківський,Koriukivskyi Raion,Chernihiv Oblast,
hromada,Корюківська,Koriukivska,Chernihiv Oblast,Koriukivskyi Raion
city,Корюківка,Koriukivka,Chernihiv Oblast,Koriukivskyi Raion
town,Голубівщина,Holubivshchyna,Chernihiv Oblast,Koriukivskyi Raion
town,Довга Гребля,Dovha Hreblia,Chernihiv Oblast,Koriukivskyi Raion
hromada,Менська,Menska,Chernihiv Oblast,Koriukivskyi Raion
city,Мена,Mena,Chernihiv Oblast,Koriukivskyi Raion
town,Макошине,Makoshyne,Chernihiv Oblast,Koriukivskyi Raion
town,Куковицьке,Kukovytske,Chernihiv Oblast,Koriukivskyi Raion
town,Прогрес,Prohres,Chernihiv Oblast,Koriukivskyi Raion
town,Садове,Sadove,Chernihiv Oblast,Koriukivskyi Raion
hromada,Сновська,Snovska,Chernihiv Oblast,Koriukivskyi Raion
city,Сновськ,Snovsk,Chernihiv Oblast,Koriukivskyi Raion
town,Лука,Luka,Chernihiv Oblast,Koriukivskyi Raion
hromada,Сосницька,Sosnytska,Chernihiv Oblast,Koriukivskyi Raion
town,Сосниця,Sosnytsia,Chernihiv Oblast,Koriukivskyi Raion
town,Мала Бондарівка,Mala Bondarivka,Chernihiv Oblast,Koriukivskyi Raion
hromada,Холминська,Kholmynska,Chernihiv Oblast,Koriukivskyi Raion
town,Холми,Kholmy,Chernihiv Oblast,Koriukivskyi Raion
town,Довжик,Dovzhyk,Chernihiv Oblast,Koriukivskyi Raion
raion,Ніжинський,Nizhynskyi Raion,Chernihiv Oblast,
hromada,Батуринська,Baturynska,Chernihiv Oblast,Nizhynskyi Raion
city,Батурин,Baturyn,Chernihiv Oblast,Nizhynskyi Raion
town,Голубів,Holubiv,Chernihiv Oblast,Nizhynskyi Raion
town,Каціри,Katsiry,Chernihiv Oblast,Nizhynskyi Raion
town,Лопатин,Lopatyn,Chernihiv Oblast,Nizhynskyi Raion
town,Прохори,Prokhory,Chernihiv Oblast,Nizhynskyi Raion
town,Шумейкине,Shumeikyne,Chernihiv Oblast,Nizhynskyi Raion
hromada,Бахмацька,Bakhmatska,Chernihiv Oblast,Nizhynskyi Raion
city,Бахмач,Bakhmach,Chernihiv Oblast,Nizhynskyi Raion
town,Веселе,Vesele,Chernihiv Oblast,Nizhynskyi Raion
town,Перемога,Peremoha,Chernihiv Oblast,Nizhynskyi Raion
town,Черемушки,Cheremushky,Chernihiv Oblast,Nizhynskyi Raion
hromada,Бобровицька,Bobrovytska,Chernihiv Oblast,Nizhynskyi Raion
city,Бобровиця,Bobrovytsia,Chernihiv Oblast,Nizhynskyi Raion
town,Мирне,Myrne,Chernihiv Oblast,Nizhynskyi Raion
hromada,Борзнянська,Borznianska,Chernihiv Oblast,Nizhynskyi Raion
city,Борзна,Borzna,Chernihiv Oblast,Nizhynskyi Raion
hromada,Вертіївська,Vertiivska,Chernihiv Oblast,Nizhynskyi Raion
town,Юність,Yunist,Chernihiv Oblast,Nizhynskyi Raion
hromada,Височанська,Vysochanska,Chernihiv Oblast,Nizhynskyi Raion
town,Клипин,Klypyn,Chernihiv Oblast,Nizhynskyi Raion
hromada,Дмитрівська,Dmytrivska,Chernihiv Oblast,Nizhynskyi Raion
town,Дмитрівка,Dmytrivka,Chernihiv Oblast,Nizhynskyi Raion
town,Нове,Nove,Chernihiv Oblast,Nizhynskyi Raion
hromada,Комарівська,Komarivska,Chernihiv Oblast,Nizhynskyi Raion
town,Запоріжжя,Zaporizhzhia,Chernihiv Oblast,Nizhynskyi Raion
hromada,Крутівська,Krutivska,Chernihiv Oblast,Nizhynskyi Raion
hromada,Лосинівська,Losynivska,Chernihiv Oblast,Nizhynskyi Raion
town,Лосинівка,Losynivka,Chernihiv Oblast,Nizhynskyi Raion
town,Мирне,Myrne,Chernihiv Oblast,Nizhynskyi Raion
town,Світанок,Svitanok,Chernihiv Oblast,Nizhynskyi Raion
hromada,Макіївська,Makiivska,Chernihiv Oblast,Nizhynskyi Raion
hromada,Мринська,Mrynska,Chernihiv Oblast,Nizhynskyi Raion
hromada,Ніжинська,Nizhynska,Chernihiv Oblast,Nizhynskyi Raion
city,Ніжин,Nizhyn,Chernihiv Oblast,Nizhynskyi Raion
hromada,Новобасанська,Novobasanska,Chernihiv Oblast,Nizhynskyi Raion
town,Чистопілля,Chystopillia,Chernihiv Oblast,Nizhynskyi Raion
hromada,Носівська,Nosivska,Chernihiv Oblast,Nizhynskyi Raion
city,Носівка,Nosivka,Chernihiv Oblast,Nizhynskyi Raion
hromada,Плисківська,Plyskivska,Chernihiv Oblast,Nizhynskyi Raion
hromada,Талалаївська,Talalaivska,Chernihiv Oblast,Nizhynskyi Raion
raion,Новгород-Сіверський,Novhorod-Siverskyi Raion,Chernihiv Oblast,
hromada,Коропська,Koropska,Chernihiv Oblast,Novhorod-Siverskyi Raion
town,Короп,Korop,Chernihiv Oblast,Novhorod-Siverskyi Raion
town,Груди,Hrudy,Chernihiv Oblast,Novhorod-Siverskyi Raion
town,Зайцеве,Zaitseve,Chernihiv Oblast,Novhorod-Siverskyi Raion
town,Лиса Гора,Lysa Hora,Chernihiv Oblast,Novhorod-Siverskyi Raion
hromada,Новгород-Сіверська,Novhorod-Siverska,Chernihiv Oblast,Novhorod-Siverskyi Raion
city,Новгород-Сіверський,Novhorod-Siverskyi,Chernihiv Oblast,Novhorod-Siverskyi Raion
town,Красна Гірка,Krasna Hirka,Chernihiv Oblast,Novhorod-Siverskyi Raion
hromada,Понорницька,Ponornytska,Chernihiv Oblast,Novhorod-Siverskyi Raion
town,Понорниця,Ponornytsia,Chernihiv Oblast,Novhorod-Siverskyi Raion
hromada,Семенівська,Semenivska,Chernihiv Oblast,Novhorod-Siverskyi Raion
city,Семенівка,Semenivka,Chernihiv Oblast,Novhorod-Siverskyi Raion
town,Газопровідне,Hazoprovidne,Chernihiv Oblast,Novhorod-Siverskyi Raion
town,Зелена Роща,Zelena Roshcha,Chernihiv Oblast,Novhorod-Siverskyi Raion
town,Іванпуть,Ivanput,Chernihiv Oblast,Novhorod-Siverskyi Raion
town,Угли,Uhly,Chernihiv Oblast,Novhorod-Siverskyi Raion
raion,Прилуцький,Prylutskyi Raion,Chernihiv Oblast,
hromada,Варвинська,Varvynska,Chernihiv Oblast,Prylutskyi Raion
town,Варва,Varva,Chernihiv Oblast,Prylutskyi Raion
town,Рубанів,Rubaniv,Chernihiv Oblast,Prylutskyi Raion
town,Саверське,Saverske,Chernihiv Oblast,Prylutskyi Raion
hromada,Ічнянська,Ichnianska,Chernihiv Oblast,Prylutskyi Raion
city,Ічня,Ichnia,Chernihiv Oblast,Prylutskyi Raion
town,Дружба,Druzhba,Chernihiv Oblast,Prylutskyi Raion
town,Коломійцеве,Kolomiitseve,Chernihiv Oblast,Prylutskyi Raion
town,Куликівка,Kulykivka,Chernihiv Oblast,Prylutskyi Raion
hromada,Ладанська,Ladanska,Chernihiv Oblast,Prylutskyi Raion
town,Ладан,Ladan,Chernihiv Oblast,Prylutskyi Raion
hromada,Линовицька,Lynovytska,Chernihiv Oblast,Prylutskyi Raion
town,Линовиця,Lynovytsia,Chernihiv Oblast,Prylutskyi Raion
hromada,Малодівицька,Malodivytska,Chernihiv Oblast,Prylutskyi Raion
town,Мала Дівиця,Mala Divytsia,Chernihiv Oblast,Prylutskyi Raion
hromada,Парафіївська,Parafiivska,Chernihiv Oblast,Prylutskyi Raion
town,Парафіївка,Parafiivka,Chernihiv Oblast,Prylutskyi Raion
town,Качанівка,Kachanivka,Chernihiv Oblast,Prylutskyi Raion
town,Лугове,Luhove,Chernihiv Oblast,Prylutskyi Raion
town,Софіївка,Sofiivka,Chernihiv Oblast,Prylutskyi Raion
town,Тростянець,Trostianets,Chernihiv Oblast,Prylutskyi Raion
town,Шевченка,Shevchenka,Chernihiv Oblast,Prylutskyi Raion
hromada,Прилуцька,Prylutska,Chernihiv Oblast,Prylutskyi Raion
city,Прилуки,Pryluky,Chernihiv Oblast,Prylutskyi Raion
hromada,Срібнянська,Sribnianska,Chernihiv Oblast,Prylutskyi Raion
town,Срібне,Sribne,Chernihiv Oblast,Prylutskyi Raion
town,Дігтярі,Dihtiari,Chernihiv Oblast,Prylutskyi Raion
hromada,Сухополов’янська,Sukhopolovianska,Chernihiv Oblast,Prylutskyi Raion
hromada,Талалаївська,Talalaivska,Chernihiv Oblast,Prylutskyi Raion
town,Талалаївка,Talalaivka,Chernihiv Oblast,Prylutskyi Raion
town,Зелений Гай,Zelenyi Hai,Chernihiv Oblast,Prylutskyi Raion
town,Основа,Osnova,Chernihiv Oblast,Prylutskyi Raion
hromada,Яблунівська,Yablunivska,Chernihiv Oblast,Prylutskyi Raion
raion,Чернігівський,Chernihivskyi Raion,Chernihiv Oblast,
hromada,Березнянська,Bereznianska,Chernihiv Oblast,Chernihivskyi Raion
town,Березна,Berezna,Chernihiv Oblast,Chernihivskyi Raion
town,Домниця,Domnytsia,Chernihiv Oblast,Chernihivskyi Raion
hromada,Гончарівська,Honcharivska,Chernihiv Oblast,Chernihivskyi Raion
town,Гончарівське,Honcharivske,Chernihiv Oblast,Chernihivskyi Raion
hromada,Городнянська,Horodnianska,Chernihiv Oblast,Chernihivskyi Raion
city,Городня,Horodnia,Chernihiv Oblast,Chernihivskyi Raion
town,Вершини,Vershyny,Chernihiv Oblast,Chernihivskyi Raion
town,Зелене,Zelene,Chernihiv Oblast,Chernihivskyi Raion
town,Рубіж,Rubizh,Chernihiv Oblast,Chernihivskyi Raion
town,Ясенівка,Yasenivka,Chernihiv Oblast,Chernihivskyi Raion
hromada,Деснянська,Desnianska,Chernihiv Oblast,Chernihivskyi Raion
town,Десна,Desna,Chernihiv Oblast,Chernihivskyi Raion
hromada,Добрянська,Dobrianska,Chernihiv Oblast,Chernihivskyi Raion
town,Добрянка,Dobrianka,Chernihiv Oblast,Chernihivskyi Raion
hromada,Іванівська,Ivanivska,Chernihiv Oblast,Chernihivskyi Raion
hromada,Киїнська,Kyinska,Chernihiv Oblast,Chernihivskyi Raion
hromada,Киселівська,Kyselivska,Chernihiv Oblast,Chernihivskyi Raion
hromada,Кіптівська,Kiptivska,Chernihiv Oblast,Chernihivskyi Raion
town,Прогрес,Prohres,Chernihiv Oblast,Chernihivskyi Raion
hromada,Козелецька,Kozeletska,Chernihiv Oblast,Chernihivskyi Raion
town,Козелець,Kozelets,Chernihiv Oblast,Chernihivskyi Raion
town,Калитянське,Kalytianske,Chernihiv Oblast,Chernihivskyi Raion
hromada,Куликівська,Kulykivska,Chernihiv Oblast,Chernihivskyi Raion
town,Куликівка,Kulykivka,Chernihiv Oblast,Chernihivskyi Raion
hromada,Любецька,Liubetska,Chernihiv Oblast,Chernihivskyi Raion
town,Любеч,Liubech,Chernihiv Oblast,Chernihivskyi Raion
town,Гірки,Hirky,Chernihiv Oblast,Chernihivskyi Raion
town,Левичівка,Levychivka,Chernihiv Oblast,Chernihivskyi Raion
town,Пересаж,Peresazh,Chernihiv Oblast,Chernihivskyi Raion
hromada,Михайло-Коцюбинська,Mykhailo-Kotsiubynska,Chernihiv Oblast,Chernihivskyi Raion
town,Михайло-Коцюбинське,Mykhailo-Kotsiubynske,Chernihiv Oblast,Chernihivskyi Raion
town,Ревунів Круг,Revuniv Kruh,Chernihiv Oblast,Chernihivskyi Raion
town,Центральне,Tsentralne,Chernihiv Oblast,Chernihivskyi Raion
hromada,Новобілоуська,Novobilouska,Chernihiv Oblast,Chernihivskyi Raion
hromada,Олишівська,Olyshivska,Chernihiv Oblast,Chernihivskyi Raion
town,Олишівка,Olyshivka,Chernihiv Oblast,Chernihivskyi Raion
hromada,Остерська,Osterska,Chernihiv Oblast,Chernihivskyi Raion
city,Остер,Oster,Chernihiv Oblast,Chernihivskyi Raion
hromada,Ріпкинська,Ripkynska,Chernihiv Oblast,Chernihivskyi Raion
town,Ріпки,Ripky,Chernihiv Oblast,Chernihivskyi Raion
town,Замглай,Zamhlai,Chernihiv Oblast,Chernihivskyi Raion
town,Радуль,Radul,Chernihiv Oblast,Chernihivskyi Raion
hromada,Седнівська,Sednivska,Chernihiv Oblast,Chernihivskyi Raion
town,Седнів,Sedniv,Chernihiv Oblast,Chernihivskyi Raion
town,Нове,Nove,Chernihiv Oblast,Chernihivskyi Raion
hromada,Тупичівська,Tupychivska,Chernihiv Oblast,Chernihivskyi Raion
town,Тополівка,Topolivka,Chernihiv Oblast,Chernihivskyi Raion
hromada,Чернігівська,Chernihivska,Chernihiv Oblast,Chernihivskyi Raion
city,Чернігів,Chernihiv,Chernihiv Oblast,Chernihivskyi Raion
city,Київ,Kyiv,Kyiv City,
city,Севастополь,Sevastopol,Sevastopol,
"""#
}
