#include "sshconfigeval.h"

#include <QDir>
#include <QHostInfo>
#include <QRegularExpression>

#include <pwd.h>
#include <unistd.h>

namespace sloop::hosts {

namespace {

QString localUser()
{
    if (const passwd *pw = ::getpwuid(::getuid()))
        return QString::fromLocal8Bit(pw->pw_name);
    return qEnvironmentVariable("USER");
}

bool matchesPatternList(const QString &text, const QStringList &patterns)
{
    bool matched = false;
    for (const QString &p : patterns) {
        if (p.startsWith(QLatin1Char('!'))) {
            if (matchesSshPattern(text, p.mid(1)))
                return false; // a negated match rules the block out
        } else if (matchesSshPattern(text, p)) {
            matched = true;
        }
    }
    return matched;
}

// Match's criteria come in pairs ("host a,b user c"), except all,
// canonical and final; any may be negated with '!'.
bool matchApplies(const QStringList &args, const SshConfigSubject &subject, bool *understood)
{
    *understood = true;
    bool applies = true;
    for (qsizetype i = 0; i < args.size(); ++i) {
        QString criterion = args.at(i).toLower();
        const bool negated = criterion.startsWith(QLatin1Char('!'));
        if (negated)
            criterion = criterion.mid(1);
        if (criterion == QLatin1String("all")) {
            applies = applies && !negated;
            continue;
        }
        if (i + 1 >= args.size()) {
            *understood = false;
            return false;
        }
        const QStringList patterns = args.at(++i).split(QLatin1Char(','), Qt::SkipEmptyParts);
        bool hit = false;
        if (criterion == QLatin1String("host"))
            hit = matchesPatternList(subject.hostName, patterns);
        else if (criterion == QLatin1String("originalhost"))
            hit = matchesPatternList(subject.name, patterns);
        else if (criterion == QLatin1String("user"))
            hit = matchesPatternList(subject.user.isEmpty() ? localUser() : subject.user, patterns);
        else if (criterion == QLatin1String("localuser"))
            hit = matchesPatternList(localUser(), patterns);
        else {
            *understood = false;
            return false;
        }
        applies = applies && (hit != negated);
    }
    return applies;
}

QString expandTokens(QString path, const SshConfigSubject &subject, const QString &homeDir)
{
    if (path == QLatin1String("~"))
        path = homeDir;
    else if (path.startsWith(QLatin1String("~/")))
        path = homeDir + path.mid(1);
    QString out;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const QChar c = path.at(i);
        if (c != QLatin1Char('%') || i + 1 >= path.size()) {
            out += c;
            continue;
        }
        const QChar t = path.at(++i);
        switch (t.toLatin1()) {
        case 'd':
            out += homeDir;
            break;
        case 'u':
            out += localUser();
            break;
        case 'h':
            out += subject.hostName;
            break;
        case 'n':
            out += subject.name;
            break;
        case 'r':
            out += subject.user.isEmpty() ? localUser() : subject.user;
            break;
        case 'p':
            out += QString::number(subject.port);
            break;
        case 'l':
            out += QHostInfo::localHostName();
            break;
        case '%':
            out += QLatin1Char('%');
            break;
        default: // kept as written: ssh would refuse the config
            out += c;
            out += t;
        }
    }
    return out;
}

} // namespace

SshConfigLine tokenizeSshConfigLine(const QString &raw)
{
    SshConfigLine line;
    QString s = raw.trimmed();
    if (s.isEmpty() || s.startsWith(QLatin1Char('#')))
        return line;
    qsizetype end = 0;
    while (end < s.size() && !s.at(end).isSpace() && s.at(end) != QLatin1Char('='))
        ++end;
    line.spelled = s.left(end);
    line.keyword = line.spelled.toLower();
    s = s.mid(end).trimmed();
    if (s.startsWith(QLatin1Char('=')))
        s = s.mid(1).trimmed();
    QString current;
    bool quoted = false;
    bool any = false;
    for (const QChar c : s) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            any = true;
        } else if (c.isSpace() && !quoted) {
            if (any || !current.isEmpty())
                line.args << current;
            current.clear();
            any = false;
        } else {
            current += c;
        }
    }
    if (any || !current.isEmpty())
        line.args << current;
    return line;
}

bool matchesSshPattern(const QString &text, const QString &pattern)
{
    // OpenSSH's match_pattern: '*' any run, '?' one character, nothing
    // else special; host names are compared in lower case.
    QString regex;
    for (const QChar c : pattern) {
        if (c == QLatin1Char('*'))
            regex += QStringLiteral(".*");
        else if (c == QLatin1Char('?'))
            regex += QLatin1Char('.');
        else
            regex += QRegularExpression::escape(QString(c));
    }
    const QRegularExpression re(QRegularExpression::anchoredPattern(regex),
                                QRegularExpression::CaseInsensitiveOption |
                                    QRegularExpression::DotMatchesEverythingOption);
    return re.match(text).hasMatch();
}

OpenSshChoices evaluateOpenSshChoices(const QByteArray &config, const SshConfigSubject &subject,
                                      const QString &homeDir)
{
    OpenSshChoices out;
    bool applies = true; // options before the first Host apply to every host
    bool identitiesOnlySet = false;
    bool proxySet = false;
    for (const QByteArray &raw : config.split('\n')) {
        const SshConfigLine line = tokenizeSshConfigLine(QString::fromUtf8(raw));
        if (line.keyword.isEmpty())
            continue;
        if (line.keyword == QLatin1String("host")) {
            applies = matchesPatternList(subject.name, line.args);
            continue;
        }
        if (line.keyword == QLatin1String("match")) {
            bool understood = true;
            applies = matchApplies(line.args, subject, &understood);
            if (!understood)
                out.unevaluated << QStringLiteral("Match ") + line.args.join(QLatin1Char(' '));
            continue;
        }
        if (!applies || line.args.isEmpty())
            continue;
        const QString value = line.args.first();
        if (line.keyword == QLatin1String("identityfile")) {
            const QString file = expandTokens(value, subject, homeDir);
            if (!out.identityFiles.contains(file))
                out.identityFiles << file;
        } else if (line.keyword == QLatin1String("identitiesonly") && !identitiesOnlySet) {
            identitiesOnlySet = true;
            out.identitiesOnly = value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        } else if ((line.keyword == QLatin1String("proxyjump") ||
                    line.keyword == QLatin1String("proxycommand")) &&
                   !proxySet) {
            proxySet = true;
            if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
                continue;
            if (line.keyword == QLatin1String("proxyjump"))
                out.proxyJump = value;
            else
                out.proxyCommand = line.args.join(QLatin1Char(' '));
        }
    }
    // "IdentityFile none" is how a config says "no key files".
    out.identityFiles.removeIf([](const QString &f) { return f == QLatin1String("none"); });
    return out;
}

} // namespace sloop::hosts
