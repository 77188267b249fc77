// Demo script runner (see DemoScript.h).
#include "DemoScript.h"

#include "Log.h"
#include "Problem.h"

#include <Poco/Base64Decoder.h>

#include <algorithm>
#include <cctype>
#include <iterator>
#include <regex>
#include <sstream>

namespace ey::app {

namespace json = core::json;

std::string DemoScript::tokenFor(const std::string& who)
{
    const auto found = m_tokens.find(who);
    if (found != m_tokens.end())
        return found->second;
    const auto signIn =
        m_identity.login(who + "@demo.eksporyuk.test", m_password, {"127.0.0.1", "demo-loader"});
    return m_tokens[who] = signIn.token;
}

std::string DemoScript::substitute(const std::string& text) const
{
    // ${name.field}, ${name.items.0.id}: a path into the response saved as `name`.
    static const std::regex placeholder(R"(\$\{([a-z0-9_]+)((?:\.[a-z0-9_]+)+)\})");
    std::string result;
    std::size_t last = 0;
    for (auto it = std::sregex_iterator(text.begin(), text.end(), placeholder);
         it != std::sregex_iterator(); ++it) {
        const auto& match = *it;
        result.append(text, last, static_cast<std::size_t>(match.position()) - last);
        const auto saved = m_saved.find(match[1].str());
        if (saved == m_saved.end())
            throw std::runtime_error("unknown demo reference " + match.str());
        Poco::Dynamic::Var node = saved->second;
        std::istringstream path(match[2].str().substr(1));
        std::string part;
        while (std::getline(path, part, '.')) {
            if (node.type() == typeid(json::ObjectPtr) &&
                node.extract<json::ObjectPtr>()->has(part))
                node = node.extract<json::ObjectPtr>()->get(part);
            else if (node.type() == typeid(json::ArrayPtr) &&
                     std::all_of(part.begin(), part.end(), ::isdigit) &&
                     std::stoul(part) < node.extract<json::ArrayPtr>()->size())
                node = node.extract<json::ArrayPtr>()->get(static_cast<unsigned>(std::stoul(part)));
            else
                throw std::runtime_error("unknown demo reference " + match.str());
        }
        result += node.convert<std::string>();
        last = static_cast<std::size_t>(match.position() + match.length());
    }
    result.append(text, last);
    return result;
}

Poco::Dynamic::Var DemoScript::substituteValue(const Poco::Dynamic::Var& value) const
{
    if (value.type() == typeid(std::string))
        return substitute(value.extract<std::string>());
    if (value.type() == typeid(json::ObjectPtr)) {
        const auto source = value.extract<json::ObjectPtr>();
        auto copy = json::object();
        for (const auto& [key, item] : *source)
            copy->set(key, substituteValue(item));
        return copy;
    }
    if (value.type() == typeid(json::ArrayPtr)) {
        const auto source = value.extract<json::ArrayPtr>();
        auto copy = json::array();
        for (std::size_t i = 0; i < source->size(); ++i)
            copy->add(substituteValue(source->get(static_cast<unsigned>(i))));
        return copy;
    }
    return value;
}

int DemoScript::run(const json::ArrayPtr& steps)
{
    int ran = 0;
    for (std::size_t i = 0; i < steps->size(); ++i) {
        const auto step = steps->getObject(static_cast<unsigned>(i));
        const auto label = step->optValue<std::string>("save", "step " + std::to_string(i + 1));
        try {
            core::Request request;
            request.method = step->getValue<std::string>("method");
            request.path = substitute(step->getValue<std::string>("path"));
            request.clientIp = "127.0.0.1";
            request.requestId = "demo-" + std::to_string(i + 1);
            // Without "as" the step is a visitor's (the public assessment pages' API, say).
            if (step->has("as"))
                request.headers["Authorization"] =
                    "Bearer " + tokenFor(step->getValue<std::string>("as"));
            if (const auto headers = step->getObject("headers"))
                for (const auto& [name, value] : *headers)
                    request.headers[name] = substitute(value.convert<std::string>());
            std::string body;
            // A file upload (a transfer proof, say): raw bytes given as base64.
            if (step->has("body_base64")) {
                std::istringstream in(step->getValue<std::string>("body_base64"));
                Poco::Base64Decoder decoder(in);
                body.assign(std::istreambuf_iterator<char>(decoder), {});
                request.headers["Content-Type"] =
                    step->optValue<std::string>("content_type", "application/octet-stream");
            }
            if (step->has("body")) {
                std::ostringstream out;
                Poco::JSON::Stringifier::stringify(substituteValue(step->get("body")), out);
                body = out.str();
                request.headers["Content-Type"] = "application/json";
            }
            core::Response response;
            m_router.dispatch(request, response, [&body](std::size_t) { return body; });
            if (response.status >= 300)
                throw std::runtime_error(request.method + " " + request.path + " answered " +
                                         std::to_string(response.status) + ": " + response.body);
            if (step->has("save") && !response.body.empty())
                m_saved[step->getValue<std::string>("save")] =
                    json::parse(response.body).extract<json::ObjectPtr>();
            ++ran;
        } catch (const std::exception& error) {
            core::log::server()->warn("demo script stopped at {}: {}", label, error.what());
            return ran;
        }
    }
    return ran;
}

} // namespace ey::app
