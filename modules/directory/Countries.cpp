// ISO 3166-1 alpha-2 countries. Names were taken once from Debian's iso-codes (English) and its
// Indonesian translation, with the names Indonesian exporters actually use (Tiongkok, Prancis).
#include "Countries.h"

#include <algorithm>
#include <cctype>
#include <map>

namespace ey::directory {

namespace {

const std::vector<Country> kCountries = {
    {"AD", "Andorra", "Andorra", {"Principality of Andorra"}},
    {"AE", "United Arab Emirates", "Uni Emirat Arab", {"UAE", "U.A.E.", "Emirates", "Emirat Arab"}},
    {"AF", "Afghanistan", "Afganistan", {"Islamic Republic of Afghanistan"}},
    {"AG", "Antigua and Barbuda", "Antigua dan Barbuda", {}},
    {"AI", "Anguilla", "Anguilla", {}},
    {"AL", "Albania", "Albania", {"Republic of Albania"}},
    {"AM", "Armenia", "Armenia", {"Republic of Armenia"}},
    {"AO", "Angola", "Angola", {"Republic of Angola"}},
    {"AQ", "Antarctica", "Antartika", {}},
    {"AR", "Argentina", "Argentina", {"Argentine Republic"}},
    {"AS", "American Samoa", "Samoa Amerika", {}},
    {"AT", "Austria", "Austria", {"Republic of Austria"}},
    {"AU", "Australia", "Australia", {}},
    {"AW", "Aruba", "Aruba", {}},
    {"AX", "Åland Islands", "Kepulauan Åland", {}},
    {"AZ", "Azerbaijan", "Azerbaijan", {"Republic of Azerbaijan"}},
    {"BA",
     "Bosnia and Herzegovina",
     "Bosnia dan Herzegovina",
     {"Republic of Bosnia and Herzegovina", "Bosnia"}},
    {"BB", "Barbados", "Barbados", {}},
    {"BD", "Bangladesh", "Bangladesh", {"People's Republic of Bangladesh"}},
    {"BE", "Belgium", "Belgia", {"Kingdom of Belgium"}},
    {"BF", "Burkina Faso", "Burkina Faso", {}},
    {"BG", "Bulgaria", "Bulgaria", {"Republic of Bulgaria"}},
    {"BH", "Bahrain", "Bahrain", {"Kingdom of Bahrain"}},
    {"BI", "Burundi", "Burundi", {"Republic of Burundi"}},
    {"BJ", "Benin", "Benin", {"Republic of Benin"}},
    {"BL", "Saint Barthélemy", "Saint Barthélemy", {}},
    {"BM", "Bermuda", "Bermuda", {}},
    {"BN", "Brunei Darussalam", "Brunei Darussalam", {"Brunei"}},
    {"BO",
     "Bolivia",
     "Bolivia",
     {"Bolivia, Plurinational State of", "Bolivia, Negara Plurinasional",
      "Plurinational State of Bolivia"}},
    {"BQ", "Bonaire, Sint Eustatius and Saba", "Bonaire, Sint Eustatius dan Saba", {}},
    {"BR", "Brazil", "Brasil", {"Federative Republic of Brazil"}},
    {"BS", "Bahamas", "Bahama", {"Commonwealth of the Bahamas"}},
    {"BT", "Bhutan", "Bhutan", {"Kingdom of Bhutan"}},
    {"BV", "Bouvet Island", "Pulau Bouvet", {}},
    {"BW", "Botswana", "Botswana", {"Republic of Botswana"}},
    {"BY", "Belarus", "Belarus", {"Republic of Belarus"}},
    {"BZ", "Belize", "Belize", {}},
    {"CA", "Canada", "Kanada", {}},
    {"CC", "Cocos (Keeling) Islands", "Kepulauan Cocos (Keeling)", {}},
    {"CD",
     "Congo (Democratic Republic)",
     "Republik Demokratik Kongo",
     {"Congo, The Democratic Republic of the", "Republik Demokrat Congo"}},
    {"CF", "Central African Republic", "Republik Afrika Tengah", {}},
    {"CG", "Congo", "Kongo", {"Republic of the Congo"}},
    {"CH", "Switzerland", "Swiss", {"Swiss Confederation"}},
    {"CI",
     "Côte d'Ivoire",
     "Pantai Gading",
     {"Republic of Côte d'Ivoire", "Ivory Coast", "Cote d'Ivoire"}},
    {"CK", "Cook Islands", "Kepulauan Cook", {}},
    {"CL", "Chile", "Chili", {"Republic of Chile"}},
    {"CM", "Cameroon", "Kamerun", {"Republic of Cameroon"}},
    {"CN", "China", "Tiongkok", {"Cina", "People's Republic of China", "RRC", "RRT", "PRC"}},
    {"CO", "Colombia", "Kolombia", {"Republic of Colombia"}},
    {"CR", "Costa Rica", "Kosta Rika", {"Republic of Costa Rica"}},
    {"CU", "Cuba", "Kuba", {"Republic of Cuba"}},
    {"CV", "Cabo Verde", "Tanjung Verde", {"Republic of Cabo Verde", "Cape Verde"}},
    {"CW", "Curaçao", "Curaçao", {}},
    {"CX", "Christmas Island", "Kepulauan Christmas", {}},
    {"CY", "Cyprus", "Siprus", {"Republic of Cyprus"}},
    {"CZ", "Czech Republic (Czechia)", "Ceko", {"Czechia", "Czech Republic", "Republik Ceko"}},
    {"DE", "Germany", "Jerman", {"Federal Republic of Germany"}},
    {"DJ", "Djibouti", "Djibouti", {"Republic of Djibouti"}},
    {"DK", "Denmark", "Denmark", {"Kingdom of Denmark"}},
    {"DM", "Dominica", "Dominika", {"Commonwealth of Dominica"}},
    {"DO", "Dominican Republic", "Republik Dominika", {}},
    {"DZ", "Algeria", "Aljazair", {"People's Democratic Republic of Algeria"}},
    {"EC", "Ecuador", "Ekuador", {"Republic of Ecuador"}},
    {"EE", "Estonia", "Estonia", {"Republic of Estonia"}},
    {"EG", "Egypt", "Mesir", {"Arab Republic of Egypt"}},
    {"EH", "Western Sahara", "Sahara Barat", {}},
    {"ER", "Eritrea", "Eritrea", {"the State of Eritrea"}},
    {"ES", "Spain", "Spanyol", {"Kingdom of Spain"}},
    {"ET", "Ethiopia", "Ethiopia", {"Federal Democratic Republic of Ethiopia"}},
    {"FI", "Finland", "Finlandia", {"Republic of Finland"}},
    {"FJ", "Fiji", "Fiji", {"Republic of Fiji"}},
    {"FK", "Falkland Islands", "Kepulauan Falkland (Malvinas)", {"Falkland Islands (Malvinas)"}},
    {"FM",
     "Micronesia",
     "Federasi Negara-negara Micronesia",
     {"Micronesia, Federated States of", "Federated States of Micronesia"}},
    {"FO", "Faroe Islands", "Kepulauan Faroe", {}},
    {"FR", "France", "Prancis", {"Perancis", "French Republic"}},
    {"GA", "Gabon", "Gabon", {"Gabonese Republic"}},
    {"GB",
     "United Kingdom",
     "Britania Raya (Inggris)",
     {"Britania Raya", "United Kingdom of Great Britain and Northern Ireland", "UK", "U.K.",
      "Britain", "Great Britain", "England", "Inggris"}},
    {"GD", "Grenada", "Grenada", {}},
    {"GE", "Georgia", "Georgia", {}},
    {"GF", "French Guiana", "Guyana Prancis", {"Guyana Perancis"}},
    {"GG", "Guernsey", "Guernsey", {}},
    {"GH", "Ghana", "Ghana", {"Republic of Ghana"}},
    {"GI", "Gibraltar", "Gibraltar", {}},
    {"GL", "Greenland", "Greenland", {}},
    {"GM", "Gambia", "Gambia", {"Republic of the Gambia"}},
    {"GN", "Guinea", "Guinea", {"Republic of Guinea"}},
    {"GP", "Guadeloupe", "Guadeloupe", {}},
    {"GQ", "Equatorial Guinea", "Guinea Khatulistiwa", {"Republic of Equatorial Guinea"}},
    {"GR", "Greece", "Yunani", {"Hellenic Republic"}},
    {"GS",
     "South Georgia and the South Sandwich Islands",
     "Georgia Selatan dan Kepulauan Sandwich Selatan",
     {}},
    {"GT", "Guatemala", "Guatemala", {"Republic of Guatemala"}},
    {"GU", "Guam", "Guam", {}},
    {"GW", "Guinea-Bissau", "Guinea-Bissau", {"Republic of Guinea-Bissau"}},
    {"GY", "Guyana", "Guyana", {"Republic of Guyana"}},
    {"HK",
     "Hong Kong",
     "Hong Kong",
     {"Hong Kong Special Administrative Region of China", "Hongkong"}},
    {"HM", "Heard Island and McDonald Islands", "Pulau Heard dan Kepulauan McDonald", {}},
    {"HN", "Honduras", "Honduras", {"Republic of Honduras"}},
    {"HR", "Croatia", "Kroasia", {"Republic of Croatia"}},
    {"HT", "Haiti", "Haiti", {"Republic of Haiti"}},
    {"HU", "Hungary", "Hongaria", {}},
    {"ID", "Indonesia", "Indonesia", {"Republic of Indonesia"}},
    {"IE", "Ireland", "Irlandia", {}},
    {"IL", "Israel", "Israel", {"State of Israel"}},
    {"IM", "Isle of Man", "Pulau Man", {}},
    {"IN", "India", "India", {"Republic of India"}},
    {"IO", "British Indian Ocean Territory", "Wilayah Samudra Hindia Britania", {}},
    {"IQ", "Iraq", "Irak", {"Republic of Iraq"}},
    {"IR",
     "Iran",
     "Iran",
     {"Iran, Islamic Republic of", "Iran, Republik Islam", "Islamic Republic of Iran", "Persia"}},
    {"IS", "Iceland", "Islandia", {"Republic of Iceland"}},
    {"IT", "Italy", "Italia", {"Italian Republic"}},
    {"JE", "Jersey", "Jersey", {}},
    {"JM", "Jamaica", "Jamaika", {}},
    {"JO", "Jordan", "Yordania", {"Hashemite Kingdom of Jordan"}},
    {"JP", "Japan", "Jepang", {"Nippon"}},
    {"KE", "Kenya", "Kenya", {"Republic of Kenya"}},
    {"KG", "Kyrgyzstan", "Kirgizstan", {"Kyrgyz Republic"}},
    {"KH", "Cambodia", "Kamboja", {"Kingdom of Cambodia"}},
    {"KI", "Kiribati", "Kiribati", {"Republic of Kiribati"}},
    {"KM", "Comoros", "Komoro", {"Union of the Comoros"}},
    {"KN", "Saint Kitts and Nevis", "Saint Kitts dan Nevis", {}},
    {"KP",
     "North Korea",
     "Korea Utara",
     {"Korea, Democratic People's Republic of", "Democratic People's Republic of Korea", "DPRK"}},
    {"KR",
     "South Korea",
     "Korea Selatan",
     {"Korea, Republic of", "Korea", "Republic of Korea", "Korsel"}},
    {"KW", "Kuwait", "Kuwait", {"State of Kuwait"}},
    {"KY", "Cayman Islands", "Kepulauan Cayman", {}},
    {"KZ", "Kazakhstan", "Kazakhstan", {"Republic of Kazakhstan"}},
    {"LA",
     "Laos",
     "Laos",
     {"Lao People's Democratic Republic", "Republik Demokrat Rakyat Laos", "Lao"}},
    {"LB", "Lebanon", "Lebanon", {"Lebanese Republic"}},
    {"LC", "Saint Lucia", "Saint Lucia", {}},
    {"LI", "Liechtenstein", "Liechtenstein", {"Principality of Liechtenstein"}},
    {"LK", "Sri Lanka", "Sri Lanka", {"Democratic Socialist Republic of Sri Lanka"}},
    {"LR", "Liberia", "Liberia", {"Republic of Liberia"}},
    {"LS", "Lesotho", "Lesotho", {"Kingdom of Lesotho"}},
    {"LT", "Lithuania", "Lituania", {"Republic of Lithuania"}},
    {"LU", "Luxembourg", "Luksemburg", {"Grand Duchy of Luxembourg"}},
    {"LV", "Latvia", "Latvia", {"Republic of Latvia"}},
    {"LY", "Libya", "Libya", {}},
    {"MA", "Morocco", "Maroko", {"Kingdom of Morocco"}},
    {"MC", "Monaco", "Monako", {"Principality of Monaco"}},
    {"MD",
     "Moldova",
     "Moldova",
     {"Moldova, Republic of", "Moldova, Republik", "Republic of Moldova"}},
    {"ME", "Montenegro", "Montenegro", {}},
    {"MF", "Saint Martin (French part)", "Saint Martin (wilayah Prancis)", {}},
    {"MG", "Madagascar", "Madagaskar", {"Republic of Madagascar"}},
    {"MH", "Marshall Islands", "Kepulauan Marshall", {"Republic of the Marshall Islands"}},
    {"MK", "North Macedonia", "Makedonia Utara", {"Republic of North Macedonia", "Macedonia"}},
    {"ML", "Mali", "Mali", {"Republic of Mali"}},
    {"MM", "Myanmar", "Myanmar", {"Republic of Myanmar", "Burma"}},
    {"MN", "Mongolia", "Mongolia", {}},
    {"MO", "Macao", "Macao", {"Macao Special Administrative Region of China"}},
    {"MP",
     "Northern Mariana Islands",
     "Kepulauan Mariana Utara",
     {"Commonwealth of the Northern Mariana Islands"}},
    {"MQ", "Martinique", "Martinik", {}},
    {"MR", "Mauritania", "Mauritania", {"Islamic Republic of Mauritania"}},
    {"MS", "Montserrat", "Montserrat", {}},
    {"MT", "Malta", "Malta", {"Republic of Malta"}},
    {"MU", "Mauritius", "Mauritius", {"Republic of Mauritius"}},
    {"MV", "Maldives", "Maladewa", {"Republic of Maldives"}},
    {"MW", "Malawi", "Malawi", {"Republic of Malawi"}},
    {"MX", "Mexico", "Meksiko", {"United Mexican States"}},
    {"MY", "Malaysia", "Malaysia", {}},
    {"MZ", "Mozambique", "Mozambik", {"Republic of Mozambique"}},
    {"NA", "Namibia", "Namibia", {"Republic of Namibia"}},
    {"NC", "New Caledonia", "Kaledonia Baru", {}},
    {"NE", "Niger", "Niger", {"Republic of the Niger"}},
    {"NF", "Norfolk Island", "Pulau Norfolk", {}},
    {"NG", "Nigeria", "Nigeria", {"Federal Republic of Nigeria"}},
    {"NI", "Nicaragua", "Nikaragua", {"Republic of Nicaragua"}},
    {"NL", "Netherlands", "Belanda", {"Kingdom of the Netherlands", "Holland", "The Netherlands"}},
    {"NO", "Norway", "Norwegia", {"Kingdom of Norway"}},
    {"NP", "Nepal", "Nepal", {"Federal Democratic Republic of Nepal"}},
    {"NR", "Nauru", "Nauru", {"Republic of Nauru"}},
    {"NU", "Niue", "Niue", {}},
    {"NZ", "New Zealand", "Selandia Baru", {}},
    {"OM", "Oman", "Oman", {"Sultanate of Oman"}},
    {"PA", "Panama", "Panama", {"Republic of Panama"}},
    {"PE", "Peru", "Peru", {"Republic of Peru"}},
    {"PF", "French Polynesia", "Polinesia Prancis", {"Polinesia Perancis"}},
    {"PG", "Papua New Guinea", "Papua Nugini", {"Independent State of Papua New Guinea", "PNG"}},
    {"PH", "Philippines", "Filipina", {"Republic of the Philippines", "Philipines"}},
    {"PK", "Pakistan", "Pakistan", {"Islamic Republic of Pakistan"}},
    {"PL", "Poland", "Polandia", {"Republic of Poland"}},
    {"PM", "Saint Pierre and Miquelon", "Saint Pierre dan Miquelon", {}},
    {"PN", "Pitcairn", "Pitcairn", {}},
    {"PR", "Puerto Rico", "Puerto Riko", {}},
    {"PS",
     "Palestine",
     "Palestina",
     {"Palestine, State of", "Negara Palestina", "the State of Palestine"}},
    {"PT", "Portugal", "Portugal", {"Portuguese Republic"}},
    {"PW", "Palau", "Palau", {"Republic of Palau"}},
    {"PY", "Paraguay", "Paraguay", {"Republic of Paraguay"}},
    {"QA", "Qatar", "Qatar", {"State of Qatar"}},
    {"RE", "Réunion", "Réunion", {}},
    {"RO", "Romania", "Rumania", {}},
    {"RS", "Serbia", "Serbia", {"Republic of Serbia"}},
    {"RU", "Russia", "Rusia", {"Russian Federation", "Federasi Rusia"}},
    {"RW", "Rwanda", "Rwanda", {"Rwandese Republic"}},
    {"SA", "Saudi Arabia", "Arab Saudi", {"Kingdom of Saudi Arabia", "KSA", "Saudi"}},
    {"SB", "Solomon Islands", "Kepulauan Solomon", {}},
    {"SC", "Seychelles", "Seychelles", {"Republic of Seychelles"}},
    {"SD", "Sudan", "Sudan", {"Republic of the Sudan"}},
    {"SE", "Sweden", "Swedia", {"Kingdom of Sweden"}},
    {"SG", "Singapore", "Singapura", {"Republic of Singapore"}},
    {"SH",
     "Saint Helena, Ascension and Tristan da Cunha",
     "Saint Helena, Ascension, dan Tristan da Cunha",
     {}},
    {"SI", "Slovenia", "Slovenia", {"Republic of Slovenia"}},
    {"SJ", "Svalbard and Jan Mayen", "Svalbard dan Jan Mayen", {}},
    {"SK", "Slovakia", "Slowakia", {"Slovak Republic"}},
    {"SL", "Sierra Leone", "Sierra Leone", {"Republic of Sierra Leone"}},
    {"SM", "San Marino", "San Marino", {"Republic of San Marino"}},
    {"SN", "Senegal", "Senegal", {"Republic of Senegal"}},
    {"SO", "Somalia", "Somalia", {"Federal Republic of Somalia"}},
    {"SR", "Suriname", "Suriname", {"Republic of Suriname"}},
    {"SS", "South Sudan", "Sudan Selatan", {"Republic of South Sudan"}},
    {"ST",
     "Sao Tome and Principe",
     "Sao Tome dan Principe",
     {"Democratic Republic of Sao Tome and Principe"}},
    {"SV", "El Salvador", "El Salvador", {"Republic of El Salvador"}},
    {"SX", "Sint Maarten (Dutch part)", "Sint Maarten (wilayah Belanda)", {}},
    {"SY", "Syria", "Suriah", {"Syrian Arab Republic", "Republik Arab Syria"}},
    {"SZ", "Eswatini", "Eswatini", {"Kingdom of Eswatini", "Swaziland"}},
    {"TC", "Turks and Caicos Islands", "Kepulauan Turks dan Caicos", {}},
    {"TD", "Chad", "Chad", {"Republic of Chad"}},
    {"TF",
     "French Southern Territories",
     "Wilayah Selatan Prancis",
     {"Perancis, Wilayah Bagian Selatan"}},
    {"TG", "Togo", "Togo", {"Togolese Republic"}},
    {"TH", "Thailand", "Thailand", {"Kingdom of Thailand"}},
    {"TJ", "Tajikistan", "Tajikistan", {"Republic of Tajikistan"}},
    {"TK", "Tokelau", "Tokelau", {}},
    {"TL",
     "Timor-Leste",
     "Timor Leste",
     {"Timor Timur", "Democratic Republic of Timor-Leste", "East Timor"}},
    {"TM", "Turkmenistan", "Turkmenistan", {}},
    {"TN", "Tunisia", "Tunisia", {"Republic of Tunisia"}},
    {"TO", "Tonga", "Tonga", {"Kingdom of Tonga"}},
    {"TR", "Turkey (Türkiye)", "Turki", {"Türkiye", "Republic of Türkiye", "Turkey", "Turkiye"}},
    {"TT", "Trinidad and Tobago", "Trinidad dan Tobago", {"Republic of Trinidad and Tobago"}},
    {"TV", "Tuvalu", "Tuvalu", {}},
    {"TW", "Taiwan", "Taiwan", {"Taiwan, Province of China", "Taiwan, Provinsi China"}},
    {"TZ", "Tanzania", "Tanzania", {"Tanzania, United Republic of", "United Republic of Tanzania"}},
    {"UA", "Ukraine", "Ukraina", {}},
    {"UG", "Uganda", "Uganda", {"Republic of Uganda"}},
    {"UM", "United States Minor Outlying Islands", "Kepulauan Terluar Kecil Amerika Serikat", {}},
    {"US",
     "United States",
     "Amerika Serikat",
     {"United States of America", "USA", "U.S.A.", "America", "Amerika"}},
    {"UY", "Uruguay", "Uruguay", {"Eastern Republic of Uruguay"}},
    {"UZ", "Uzbekistan", "Uzbekistan", {"Republic of Uzbekistan"}},
    {"VA",
     "Vatican City",
     "Vatikan",
     {"Holy See (Vatican City State)", "Takhta Suci Vatican (Negara Kota)"}},
    {"VC", "Saint Vincent and the Grenadines", "Saint Vincent dan Grenadines", {}},
    {"VE",
     "Venezuela",
     "Venezuela",
     {"Venezuela, Bolivarian Republic of", "Venezuela, Republik Bolivaria",
      "Bolivarian Republic of Venezuela"}},
    {"VG", "British Virgin Islands", "Kepulauan Virgin Inggris", {"Virgin Islands, British"}},
    {"VI",
     "U.S. Virgin Islands",
     "Kepulauan Virgin, A.S.",
     {"Virgin Islands, U.S.", "Virgin Islands of the United States"}},
    {"VN", "Vietnam", "Vietnam", {"Viet Nam", "Socialist Republic of Viet Nam"}},
    {"VU", "Vanuatu", "Vanuatu", {"Republic of Vanuatu"}},
    {"WF", "Wallis and Futuna", "Wallis dan Futuna", {}},
    {"WS", "Samoa", "Samoa", {"Independent State of Samoa"}},
    {"YE", "Yemen", "Yaman", {"Republic of Yemen"}},
    {"YT", "Mayotte", "Mayotte", {}},
    {"ZA", "South Africa", "Afrika Selatan", {"Republic of South Africa"}},
    {"ZM", "Zambia", "Zambia", {"Republic of Zambia"}},
    {"ZW", "Zimbabwe", "Zimbabwe", {"Republic of Zimbabwe"}},
};

/// Lower-case ASCII letters, inner runs of spaces/dots collapsed, trimmed: "  u.s.a " -> "u s a".
std::string folded(const std::string& text)
{
    std::string out;
    bool space = false;
    for (const unsigned char c : text) {
        if (std::isspace(c) || c == '.' || c == '_') {
            space = !out.empty();
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += static_cast<char>(std::tolower(c));
    }
    return out;
}

const std::map<std::string, std::string>& byName()
{
    static const std::map<std::string, std::string> names = [] {
        std::map<std::string, std::string> map;
        for (const auto& country : kCountries) {
            map.emplace(folded(country.nameEn), country.code);
            map.emplace(folded(country.nameId), country.code);
            for (const auto& alias : country.aliases)
                map.emplace(folded(alias), country.code);
        }
        return map;
    }();
    return names;
}

} // namespace

const std::vector<Country>& Countries::all()
{
    return kCountries;
}

const Country* Countries::byCode(const std::string& code)
{
    const auto it =
        std::lower_bound(kCountries.begin(), kCountries.end(), code,
                         [](const Country& c, const std::string& key) { return c.code < key; });
    return it != kCountries.end() && it->code == code ? &*it : nullptr;
}

std::optional<std::string> Countries::codeOf(const std::string& text)
{
    const auto key = folded(text);
    if (key.size() == 2) {
        std::string upper = key;
        std::transform(upper.begin(), upper.end(), upper.begin(),
                       [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
        if (byCode(upper))
            return upper;
    }
    const auto& names = byName();
    if (const auto it = names.find(key); it != names.end())
        return it->second;
    return std::nullopt;
}

std::string Countries::flag(const std::string& code)
{
    if (code.size() != 2 || !std::isupper(static_cast<unsigned char>(code[0])) ||
        !std::isupper(static_cast<unsigned char>(code[1])))
        return {};
    std::string out;
    for (const char letter : code) {
        // Regional indicator symbols start at U+1F1E6 ('A'); each is 4 bytes of UTF-8.
        const char32_t point = 0x1F1E6 + static_cast<char32_t>(letter - 'A');
        out += static_cast<char>(0xF0 | (point >> 18));
        out += static_cast<char>(0x80 | ((point >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((point >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (point & 0x3F));
    }
    return out;
}

} // namespace ey::directory
