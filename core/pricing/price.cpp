#include "price.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace sloop::pricing {

namespace {

// Texts are looked up, and filed by lupdate, under "Pricing".
struct PricingText
{
    Q_DECLARE_TR_FUNCTIONS(Pricing)
};

// "5", "12.50", "-3.07": whole units without decimals when there are none.
QString number(qint64 cents)
{
    const QString sign = cents < 0 ? QStringLiteral("-") : QString();
    const qint64 a = cents < 0 ? -cents : cents;
    if (a % 100 == 0)
        return sign + QString::number(a / 100);
    return sign + QStringLiteral("%1.%2").arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
}

QString withCurrency(const QString &amount, const QString &currency)
{
    if (currency == QLatin1String("USD"))
        return amount.startsWith(QLatin1Char('-')) ? QStringLiteral("-$") + amount.mid(1)
                                                   : QStringLiteral("$") + amount;
    return amount + QLatin1Char(' ') + currency;
}

} // namespace

bool isCurrencyCode(const QString &code)
{
    static const QRegularExpression rule(QStringLiteral("^[A-Z]{3}$"));
    return rule.match(code).hasMatch();
}

QString formatAmount(qint64 cents, const QString &currency)
{
    return withCurrency(number(cents), currency);
}

QString formatMonthly(qint64 cents, const QString &currency)
{
    return PricingText::tr("%1/month").arg(formatAmount(cents, currency));
}

QString formatHourly(qint64 monthlyCents, const QString &currency)
{
    const double perHour = double(monthlyCents) / 100.0 / kHoursPerMonth;
    return PricingText::tr("%1/hour").arg(withCurrency(QString::number(perHour, 'f', 4), currency));
}

QString formatMemory(qint64 memoryMiB)
{
    if (memoryMiB % 1024 == 0)
        return PricingText::tr("%1 GB").arg(memoryMiB / 1024);
    return PricingText::tr("%1 GB").arg(QString::number(double(memoryMiB) / 1024.0, 'g', 3));
}

QString formatStorage(qint64 gib)
{
    if (gib >= 1024 && gib % 1024 == 0)
        return PricingText::tr("%1 TB").arg(gib / 1024);
    return PricingText::tr("%1 GB").arg(gib);
}

Result<qint64> parseAmount(const QString &text)
{
    static const QRegularExpression rule(QStringLiteral("^\\$?([0-9]{1,7})(?:\\.([0-9]{1,2}))?$"));
    const QRegularExpressionMatch m = rule.match(text.trimmed());
    const auto refuse = [&] {
        return Result<qint64>::failure(
            PricingText::tr("\"%1\" is not an amount: write a number such as 5 or 12.50 (at most "
                            "two decimals, no thousands separators).")
                .arg(text));
    };
    if (!m.hasMatch())
        return refuse();
    const qint64 whole = m.captured(1).toLongLong();
    QString fraction = m.captured(2);
    while (fraction.size() < 2)
        fraction.append(QLatin1Char('0'));
    const qint64 cents = whole * 100 + fraction.toLongLong();
    if (cents > 100'000'000)
        return Result<qint64>::failure(
            PricingText::tr("%1 is more than 1,000,000 a month; is it right?").arg(text));
    return cents;
}

} // namespace sloop::pricing
