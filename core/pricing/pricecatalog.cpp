#include "pricecatalog.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <cmath>

namespace sloop::pricing {

namespace {

// Texts are looked up, and filed by lupdate, under "Pricing".
struct PricingText
{
    Q_DECLARE_TR_FUNCTIONS(Pricing)
};

const QStringList kCatalogKeys = {QStringLiteral("format"),   QStringLiteral("title"),
                                  QStringLiteral("source"),   QStringLiteral("takenOn"),
                                  QStringLiteral("currency"), QStringLiteral("plans")};
const QStringList kPlanKeys = {QStringLiteral("id"),        QStringLiteral("name"),
                               QStringLiteral("vcpus"),     QStringLiteral("memoryMiB"),
                               QStringLiteral("diskGiB"),   QStringLiteral("transferGiB"),
                               QStringLiteral("priceCents")};

int lineOf(const QByteArray &text, int offset)
{
    return int(text.left(offset).count('\n')) + 1;
}

// Reads the catalogue's fields; the first problem ends the reading with a
// message that says where it is.
class Reader
{
public:
    explicit Reader(QString origin)
        : m_origin(std::move(origin))
    {
    }

    QString error() const { return m_error; }
    bool failed() const { return !m_error.isEmpty(); }

    void fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error =
                PricingText::tr("The price catalogue %1 is not valid: %2").arg(m_origin, what);
    }

    void checkKeys(const QJsonObject &object, const QStringList &allowed, const QString &where)
    {
        for (const QString &key : allowed) {
            if (!object.contains(key))
                fail(PricingText::tr("%1 has no \"%2\".").arg(where, key));
        }
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!allowed.contains(it.key()))
                fail(PricingText::tr("%1 has an unknown key \"%2\" (known: %3).")
                         .arg(where, it.key(), allowed.join(QStringLiteral(", "))));
        }
    }

    QString text(const QJsonObject &object, const QString &key, const QString &where)
    {
        const QJsonValue v = object.value(key);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(PricingText::tr("\"%1\" in %2 must be a non-empty string.").arg(key, where));
            return {};
        }
        return v.toString();
    }

    qint64 integer(const QJsonObject &object, const QString &key, const QString &where,
                   qint64 minimum)
    {
        const QJsonValue v = object.value(key);
        const double d = v.toDouble(std::nan(""));
        // JSON numbers are doubles; beyond 2^53 they are no longer exact.
        constexpr double kMax = 9007199254740992.0;
        if (!v.isDouble() || !std::isfinite(d) || d != std::floor(d) || std::fabs(d) > kMax) {
            fail(PricingText::tr("\"%1\" in %2 must be a whole number.").arg(key, where));
            return 0;
        }
        const qint64 n = qint64(d);
        if (n < minimum)
            fail(PricingText::tr("\"%1\" in %2 must be at least %3, not %4.")
                     .arg(key, where)
                     .arg(minimum)
                     .arg(n));
        return n;
    }

private:
    QString m_origin;
    QString m_error;
};

Plan readPlan(Reader &r, const QJsonObject &o, const QString &where)
{
    Plan p;
    r.checkKeys(o, kPlanKeys, where);
    static const QRegularExpression idRule(QStringLiteral("^[a-z0-9][a-z0-9_-]{0,31}$"));
    p.id = r.text(o, QStringLiteral("id"), where);
    if (!r.failed() && !idRule.match(p.id).hasMatch())
        r.fail(PricingText::tr("the id \"%1\" of %2 must be lower-case letters, digits, '-' or "
                               "'_' (at most 32, starting with a letter or digit).")
                   .arg(p.id, where));
    p.name = r.text(o, QStringLiteral("name"), where);
    p.vcpus = int(r.integer(o, QStringLiteral("vcpus"), where, 1));
    if (p.vcpus > 1024)
        r.fail(PricingText::tr("\"vcpus\" in %1 is more than 1024.").arg(where));
    p.memoryMiB = r.integer(o, QStringLiteral("memoryMiB"), where, 64);
    p.diskGiB = r.integer(o, QStringLiteral("diskGiB"), where, 1);
    p.transferGiB = r.integer(o, QStringLiteral("transferGiB"), where, 0);
    p.priceCents = r.integer(o, QStringLiteral("priceCents"), where, 0);
    return p;
}

} // namespace

std::optional<Plan> PriceCatalog::plan(const QString &id) const
{
    for (const Plan &p : plans) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

Result<PriceCatalog> parsePriceCatalog(const QByteArray &json, const QString &origin)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Result<PriceCatalog>::failure(
            PricingText::tr("The price catalogue %1 is not valid JSON: %2 (line %3).")
                .arg(origin, parseError.errorString())
                .arg(lineOf(json, parseError.offset)));
    if (!doc.isObject())
        return Result<PriceCatalog>::failure(
            PricingText::tr("The price catalogue %1 must be one JSON object.").arg(origin));

    Reader r(origin);
    const QJsonObject top = doc.object();
    const QString topWhere = PricingText::tr("the catalogue");
    r.checkKeys(top, kCatalogKeys, topWhere);
    if (r.failed())
        return Result<PriceCatalog>::failure(r.error());
    const qint64 format = r.integer(top, QStringLiteral("format"), topWhere, 1);
    if (!r.failed() && format != 1)
        r.fail(PricingText::tr("format %1 is not one this Sloop reads (it reads format 1).")
                   .arg(format));

    PriceCatalog catalog;
    catalog.title = r.text(top, QStringLiteral("title"), topWhere);
    catalog.source = r.text(top, QStringLiteral("source"), topWhere);
    const QUrl url(catalog.source, QUrl::StrictMode);
    if (!r.failed() &&
        (!url.isValid() || url.host().isEmpty() ||
         (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))))
        r.fail(PricingText::tr("\"source\" must be an http(s) address, not \"%1\".")
                   .arg(catalog.source));
    const QString taken = r.text(top, QStringLiteral("takenOn"), topWhere);
    catalog.takenOn = QDate::fromString(taken, Qt::ISODate);
    if (!r.failed() && (!catalog.takenOn.isValid() || taken.size() != 10))
        r.fail(PricingText::tr("\"takenOn\" must be a date written YYYY-MM-DD, not \"%1\".")
                   .arg(taken));
    catalog.currency = r.text(top, QStringLiteral("currency"), topWhere);
    static const QRegularExpression currencyRule(QStringLiteral("^[A-Z]{3}$"));
    if (!r.failed() && !currencyRule.match(catalog.currency).hasMatch())
        r.fail(PricingText::tr("\"currency\" must be a three-letter code such as USD, not \"%1\".")
                   .arg(catalog.currency));
    if (r.failed())
        return Result<PriceCatalog>::failure(r.error());

    const QJsonValue plans = top.value(QStringLiteral("plans"));
    if (!plans.isArray() || plans.toArray().isEmpty()) {
        r.fail(PricingText::tr("\"plans\" must be a list with at least one plan."));
        return Result<PriceCatalog>::failure(r.error());
    }
    QSet<QString> ids;
    const QJsonArray list = plans.toArray();
    for (qsizetype i = 0; i < list.size() && !r.failed(); ++i) {
        const QString where = PricingText::tr("plan %1").arg(i + 1);
        if (!list.at(i).isObject()) {
            r.fail(PricingText::tr("%1 must be a JSON object.").arg(where));
            break;
        }
        const QJsonObject o = list.at(i).toObject();
        const QString named = o.value(QStringLiteral("id")).isString()
                                  ? PricingText::tr("plan %1 (\"%2\")")
                                        .arg(i + 1)
                                        .arg(o.value(QStringLiteral("id")).toString())
                                  : where;
        const Plan plan = readPlan(r, o, named);
        if (!r.failed() && ids.contains(plan.id))
            r.fail(PricingText::tr("the id \"%1\" is used by more than one plan.").arg(plan.id));
        ids.insert(plan.id);
        catalog.plans.append(plan);
    }
    if (r.failed())
        return Result<PriceCatalog>::failure(r.error());
    return catalog;
}

Result<PriceCatalog> loadPriceCatalog(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<PriceCatalog>::failure(
            PricingText::tr("Cannot read the price catalogue %1: %2")
                .arg(path, file.errorString()));
    // A catalogue is a few kilobytes; a huge file is a mistake, not a catalogue.
    constexpr qint64 kMaxBytes = 1 << 20;
    if (file.size() > kMaxBytes)
        return Result<PriceCatalog>::failure(
            PricingText::tr("The price catalogue %1 is larger than 1 MiB.").arg(path));
    return parsePriceCatalog(file.readAll(), path);
}

} // namespace sloop::pricing
