#include "sshconfigeval.h"

#include <QDir>
#include <QHostInfo>
#include <QRegularExpression>

#include <tuple>

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
// What the evaluation knows so far: Match criteria and tokens read it.
struct SshConfigSubject
{
    QString name;     // as typed after `ssh`: what Host patterns match
    QString hostName; // after HostName: what Match host matches, %h
    QString user;     // the remote user; empty: the local one
    int port = 22;
};

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
        default: // kept as written (%C, %i, %k, %L, %j... are rare in key paths)
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

bool canEvaluateMatch(const QStringList &args)
{
    bool understood = true;
    matchApplies(args, SshConfigSubject{}, &understood);
    return understood;
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

OpenSshChoices evaluateOpenSshChoices(const QByteArray &config, const QString &name,
                                      const QString &homeDir)
{
    OpenSshChoices out;
    SshConfigSubject subject{name, name, {}, 22};
    bool applies = true; // options before the first Host apply to every host
    bool hostNameSet = false, userSet = false, portSet = false;
    bool identitiesOnlySet = false, proxySet = false;
    QStringList rawFiles;
    bool neverMatch = false;        // inside an Include of a block that does not apply
    QList<QPair<bool, bool>> outer; // (applies, neverMatch) of the including files
    const QByteArray begin = QByteArray(kIncludeBegin).chopped(1);
    const QByteArray end = QByteArray(kIncludeEnd).chopped(1);
    for (const QByteArray &raw : config.split('\n')) {
        if (raw == begin) {
            outer.append({applies, neverMatch});
            neverMatch = neverMatch || !applies;
            continue;
        }
        if (raw == end) {
            if (!outer.isEmpty())
                std::tie(applies, neverMatch) = outer.takeLast();
            continue;
        }
        const SshConfigLine line = tokenizeSshConfigLine(QString::fromUtf8(raw));
        if (line.keyword.isEmpty())
            continue;
        if (line.keyword == QLatin1String("host")) {
            applies = !neverMatch && matchesPatternList(name, line.args);
            continue;
        }
        if (line.keyword == QLatin1String("match")) {
            bool understood = true;
            applies = !neverMatch && matchApplies(line.args, subject, &understood);
            if (!understood)
                out.unevaluated << QStringLiteral("Match ") + line.args.join(QLatin1Char(' '));
            continue;
        }
        if (!applies || line.args.isEmpty())
            continue;
        const QString value = line.args.first();
        const QString &k = line.keyword;
        if (k == QLatin1String("hostname") && !hostNameSet) {
            hostNameSet = true;
            // HostName knows %h (the name typed) and %%.
            subject.hostName = QString(value)
                                   .replace(QLatin1String("%%"), QStringLiteral("\x01"))
                                   .replace(QLatin1String("%h"), name)
                                   .replace(QStringLiteral("\x01"), QStringLiteral("%"));
        } else if (k == QLatin1String("user") && !userSet) {
            userSet = true;
            subject.user = value;
        } else if (k == QLatin1String("port") && !portSet) {
            bool ok = false;
            const int port = value.toInt(&ok);
            if (ok && port > 0 && port < 65536) {
                portSet = true;
                subject.port = port;
            }
        } else if (k == QLatin1String("identityfile")) {
            if (!rawFiles.contains(value))
                rawFiles << value;
        } else if (k == QLatin1String("identitiesonly") && !identitiesOnlySet) {
            identitiesOnlySet = true;
            out.identitiesOnly = value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0 ||
                                 value.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
        } else if ((k == QLatin1String("proxyjump") || k == QLatin1String("proxycommand")) &&
                   !proxySet) {
            proxySet = true; // the first of the two wins, "none" included
            if (value.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
                continue;
            if (k == QLatin1String("proxyjump"))
                out.proxyJump = value;
            else
                out.proxyCommand = line.args.join(QLatin1Char(' '));
        }
    }
    out.hostName = hostNameSet ? subject.hostName : QString();
    out.user = subject.user;
    out.port = subject.port;
    // Tokens take the final values, as ssh expands them after reading.
    for (const QString &file : std::as_const(rawFiles)) {
        if (file.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
            continue; // "IdentityFile none": no file
        const QString expanded = expandTokens(file, subject, homeDir);
        if (!out.identityFiles.contains(expanded))
            out.identityFiles << expanded;
    }
    return out;
}

} // namespace sloop::hosts
