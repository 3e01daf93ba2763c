#pragma once

// Readers for the engine's JSON that forgive a missing or mistyped field
// (it reads as empty), shared by dockerjson.cpp and Swarm's swarmjson.cpp.
// Include only from .cpp files: nlohmann-json is a private dependency.

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace sloop::engine::json {

using nlohmann::json;

// Texts are looked up, and filed by lupdate, under "Engine".
struct EngineText
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
};

inline json parse(QByteArrayView body)
{
    return json::parse(body.begin(), body.end(), nullptr, /*allow_exceptions=*/false);
}

inline QString notJson(QByteArrayView body)
{
    if (body.isEmpty())
        return EngineText::tr("The engine sent an empty answer where JSON was expected.");
    return EngineText::tr("The engine sent malformed JSON (%1 bytes, starting \"%2\").")
        .arg(body.size())
        .arg(QString::fromUtf8(body.first(qMin<qsizetype>(40, body.size())).toByteArray())
                 .simplified());
}

inline QString str(const json &j, const char *key)
{
    if (!j.is_object())
        return {};
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        return {};
    return QString::fromStdString(it->get_ref<const std::string &>());
}

// A JSON number may be any double; casting one outside the integer's range
// is undefined behaviour, so they are clamped first (issue 15).
inline qint64 clampedI64(double v)
{
    if (!(v == v)) // NaN
        return 0;
    if (v >= 9223372036854775807.0)
        return INT64_MAX;
    if (v <= -9223372036854775808.0)
        return INT64_MIN;
    return qint64(v);
}

inline quint64 clampedU64(double v)
{
    if (!(v > 0))
        return 0;
    if (v >= 18446744073709551615.0)
        return UINT64_MAX;
    return quint64(v);
}

inline qint64 i64(const json &j, const char *key, qint64 fallback = 0)
{
    if (!j.is_object())
        return fallback;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return fallback;
    if (it->is_number_float())
        return clampedI64(it->get<double>());
    if (it->is_number_unsigned())
        return qint64(std::min<quint64>(it->get<quint64>(), quint64(INT64_MAX)));
    return it->get<qint64>();
}

inline quint64 u64(const json &j, const char *key)
{
    if (!j.is_object())
        return 0;
    const auto it = j.find(key);
    if (it == j.end() || !it->is_number())
        return 0;
    if (it->is_number_unsigned())
        return it->get<quint64>();
    if (it->is_number_integer())
        return quint64(std::max<qint64>(0, it->get<qint64>()));
    return clampedU64(it->get<double>());
}

inline bool boolean(const json &j, const char *key)
{
    if (!j.is_object())
        return false;
    const auto it = j.find(key);
    return it != j.end() && it->is_boolean() && it->get<bool>();
}

inline const json &child(const json &j, const char *key)
{
    static const json null;
    if (!j.is_object())
        return null;
    const auto it = j.find(key);
    return it == j.end() ? null : *it;
}

inline QStringList strings(const json &j)
{
    QStringList out;
    if (!j.is_array())
        return out;
    for (const auto &v : j) {
        if (v.is_string())
            out.append(QString::fromStdString(v.get_ref<const std::string &>()));
    }
    return out;
}

inline QMap<QString, QString> stringMap(const json &j)
{
    QMap<QString, QString> out;
    if (!j.is_object())
        return out;
    for (auto it = j.begin(); it != j.end(); ++it) {
        if (it.value().is_string())
            out.insert(QString::fromStdString(it.key()),
                       QString::fromStdString(it.value().get_ref<const std::string &>()));
    }
    return out;
}

inline QDateTime fromUnix(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC) : QDateTime();
}

inline QDateTime fromRfc3339(const QString &text)
{
    if (text.isEmpty() || text.startsWith(QLatin1String("0001-01-01")))
        return {};
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace sloop::engine::json
