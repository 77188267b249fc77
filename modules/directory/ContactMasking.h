// Contact fields as members whose plan has no full contact see them (buyers, forwarders).
#pragma once

#include <string>

namespace ey::directory {

/// "b***@e***.com": the first letter of the local part and of the domain's first label; the
/// domain's other labels stay so the country is still visible.
std::string maskEmail(const std::string& email);
/// The first 3 and last 2 digits; other digits become "*", other characters stay.
std::string maskPhone(const std::string& phone);
/// The first word and the initials of the others ("Hiro T.").
std::string maskPerson(const std::string& name);

} // namespace ey::directory
