#include "blueprintcatalog.h"

#include "blueprintfile.h"
#include "blueprintstext.h"
#include "cloudconfig.h"
#include "util/paths.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace sloop::blueprints {

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            BlueprintsText::tr("cannot read %1: %2").arg(path, f.errorString()));
    if (f.size() > 4 * 1024 * 1024)
        return Result<QByteArray>::failure(BlueprintsText::tr("%1 is larger than 4 MiB").arg(path));
    return f.readAll();
}

// Reads every *.yaml of a folder; problems become messages naming the file.
QList<Blueprint> readFolder(const QString &folder, bool builtIn, QStringList &problems)
{
    QList<Blueprint> out;
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.yaml")}, QDir::Files, QDir::Name)) {
        const QString path = dir.filePath(name);
        const Result<QByteArray> text = readFile(path);
        if (!text) {
            problems.append(text.error());
            continue;
        }
        BlueprintParse parsed = parseBlueprint(*text, path);
        if (!parsed.ok()) {
            for (const ValidationProblem &p : parsed.problems)
                problems.append(path + QStringLiteral(": ") + formatProblem(p));
            continue;
        }
        parsed.blueprint.builtIn = builtIn;
        out.append(parsed.blueprint);
    }
    return out;
}

} // namespace

BlueprintCatalog::BlueprintCatalog(QString userFolder)
    : m_userFolder(std::move(userFolder))
{
}

QString BlueprintCatalog::defaultUserFolder()
{
    return paths::dataDir() + QStringLiteral("/blueprints");
}

QString BlueprintCatalog::builtInFolder()
{
    return QStringLiteral(":/sloop/blueprints");
}

VoidResult BlueprintCatalog::load()
{
    QStringList builtInProblems;
    QList<Blueprint> list = readFolder(builtInFolder(), true, builtInProblems);
    if (!builtInProblems.isEmpty())
        return VoidResult::failure(BlueprintsText::tr("the built-in blueprints are broken:\n%1")
                                       .arg(builtInProblems.join(QLatin1Char('\n'))));
    m_skipped.clear();
    for (const Blueprint &b : readFolder(m_userFolder, false, m_skipped)) {
        const bool taken = std::any_of(list.cbegin(), list.cend(),
                                       [&](const Blueprint &other) { return other.id == b.id; });
        if (taken)
            m_skipped.append(BlueprintsText::tr("%1: the id \"%2\" is taken by another blueprint")
                                 .arg(b.source, b.id));
        else
            list.append(b);
    }
    for (const QString &s : m_skipped)
        qCWarning(lcBlueprints) << "blueprint left out:" << s;
    m_blueprints = list;
    sort();
    return {};
}

void BlueprintCatalog::sort()
{
    std::stable_sort(m_blueprints.begin(), m_blueprints.end(),
                     [](const Blueprint &a, const Blueprint &b) {
                         if (a.builtIn != b.builtIn)
                             return a.builtIn;
                         if (a.category != b.category)
                             return a.category == Blueprint::OsOnly;
                         return a.name.localeAwareCompare(b.name) < 0;
                     });
}

std::optional<Blueprint> BlueprintCatalog::find(const QString &id) const
{
    for (const Blueprint &b : m_blueprints) {
        if (b.id == id)
            return b;
    }
    return std::nullopt;
}

QString BlueprintCatalog::idForName(const QString &name)
{
    QString id;
    for (const QChar c : name.trimmed().toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
            (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            id += c;
        else if (!id.isEmpty() && !id.endsWith(QLatin1Char('-')))
            id += QLatin1Char('-');
    }
    while (id.endsWith(QLatin1Char('-')))
        id.chop(1);
    return isValidBlueprintId(id) ? id : QString();
}

Result<Blueprint> BlueprintCatalog::saveUserBlueprint(const QString &name,
                                                      const QByteArray &userData)
{
    using R = Result<Blueprint>;
    const QString trimmed = name.trimmed();
    for (const QChar c : trimmed) {
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ||
            c == QLatin1Char('/') || c == QLatin1Char('\\'))
            return R::failure(
                BlueprintsText::tr("a blueprint name cannot contain control characters, "
                                   "'/' or '\\'"));
    }
    if (trimmed.isEmpty() || trimmed.size() > 64)
        return R::failure(BlueprintsText::tr("a blueprint name needs 1 to 64 characters"));
    const QString id = idForName(trimmed);
    if (id.isEmpty())
        return R::failure(
            BlueprintsText::tr("\"%1\" gives no blueprint id: use some letters or digits")
                .arg(trimmed));
    if (find(id))
        return R::failure(
            BlueprintsText::tr("a blueprint with the id \"%1\" exists already").arg(id));
    const CloudConfigParse parsed = parseCloudConfig(userData);
    if (!parsed.ok())
        return R::failure(BlueprintsText::tr("the user-data is not valid:\n%1")
                              .arg(formatProblems(parsed.problems)));

    Blueprint b;
    b.id = id;
    b.name = trimmed;
    b.category = Blueprint::AppsAndOs;
    b.description = BlueprintsText::tr("Your own cloud-init user-data");
    b.baseOs = QStringLiteral("debian-12");
    b.userData = userData;
    const Result<QByteArray> text = serializeBlueprint(b);
    if (!text)
        return R::failure(text.problem());
    if (!paths::ensureDir(m_userFolder))
        return R::failure(BlueprintsText::tr("cannot create the folder %1").arg(m_userFolder));
    const QString path = QDir(m_userFolder).filePath(id + QStringLiteral(".yaml"));
    if (QFile::exists(path))
        return R::failure(ErrorKind::Conflict, BlueprintsText::tr("%1 exists already").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*text) != text->size() || !file.commit())
        return R::failure(BlueprintsText::tr("cannot write %1: %2").arg(path, file.errorString()));
    // Read back as load() would, so what is returned is what is kept.
    BlueprintParse back = parseBlueprint(*text, path);
    if (!back.ok())
        return R::failure(formatProblems(back.problems));
    back.blueprint.builtIn = false;
    m_blueprints.append(back.blueprint);
    sort();
    qCInfo(lcBlueprints) << "saved blueprint" << id << "to" << path;
    return back.blueprint;
}

} // namespace sloop::blueprints
