#include "functionzip.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>
#include <zip.h>

#include <memory>

namespace sloop::functions {

namespace {

struct ZipText
{
    Q_DECLARE_TR_FUNCTIONS(Functions)
};

struct ZipCloser
{
    void operator()(zip_t *archive) const { zip_discard(archive); }
};
struct EntryCloser
{
    void operator()(zip_file_t *entry) const { zip_fclose(entry); }
};

Result<FunctionCode> refused(const QString &why)
{
    return Result<FunctionCode>::failure(ErrorKind::InvalidInput, why);
}

// The entry's path under /var/task, or empty when it would land elsewhere.
QString safePath(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) ||
        name.contains(QChar(0)))
        return {};
    QStringList kept;
    for (const QString &part : name.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String("."))
            continue;
        if (part == QLatin1String(".."))
            return {};
        kept << part;
    }
    return kept.join(QLatin1Char('/'));
}

} // namespace

Result<FunctionCode> readCodeZip(const QByteArray &zip)
{
    if (zip.size() > kMaxZipBytes)
        return refused(ZipText::tr("The .zip is over Lambda's limit of 50 MB for an upload."));
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(zip.constData(), zip_uint64_t(zip.size()), 0, &error);
    if (!source)
        return refused(ZipText::tr("The .zip cannot be read: %1")
                           .arg(QString::fromUtf8(zip_error_strerror(&error))));
    std::unique_ptr<zip_t, ZipCloser> archive(
        zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &error));
    if (!archive) {
        zip_source_free(source);
        const QString why = QString::fromUtf8(zip_error_strerror(&error));
        zip_error_fini(&error);
        return refused(ZipText::tr("This is not a .zip Sloop can read: %1").arg(why));
    }
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    struct Entry
    {
        zip_uint64_t index;
        QString path;
        zip_uint64_t size;
    };
    QList<Entry> entries;
    qint64 declared = 0;
    for (zip_int64_t i = 0; i < count; ++i) {
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive.get(), zip_uint64_t(i), 0, &st) != 0)
            return refused(ZipText::tr("Entry %1 of the .zip cannot be read: %2")
                               .arg(i)
                               .arg(QString::fromUtf8(zip_strerror(archive.get()))));
        const QString name = QString::fromUtf8(st.name);
        if (name.endsWith(QLatin1Char('/')))
            continue; // a folder
        const QString path = safePath(name);
        if (path.isEmpty())
            return refused(
                ZipText::tr("%1 would be unpacked outside the function's folder.").arg(name));
        zip_uint8_t system = 0;
        zip_uint32_t attributes = 0;
        if (zip_file_get_external_attributes(archive.get(), zip_uint64_t(i), 0, &system,
                                             &attributes) == 0 &&
            system == ZIP_OPSYS_UNIX) {
            const mode_t mode = mode_t(attributes >> 16);
            if (S_ISLNK(mode))
                return refused(
                    ZipText::tr("%1 is a symbolic link; a function's code is regular files only.")
                        .arg(name));
            if (S_ISDIR(mode))
                continue;
        }
        if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE)
            return refused(ZipText::tr("%1 is encrypted; Lambda takes no passwords.").arg(name));
        declared += qint64(st.size);
        if (declared > kMaxCodeBytes)
            return refused(ZipText::tr("The code is over Lambda's limit of 250 MB unpacked."));
        entries.append({zip_uint64_t(i), path, st.size});
    }
    FunctionCode code;
    for (const Entry &entry : std::as_const(entries)) {
        if (code.contains(entry.path))
            return refused(ZipText::tr("%1 is in the .zip twice.").arg(entry.path));
        std::unique_ptr<zip_file_t, EntryCloser> file(
            zip_fopen_index(archive.get(), entry.index, 0));
        if (!file)
            return refused(ZipText::tr("%1 cannot be unpacked: %2")
                               .arg(entry.path, QString::fromUtf8(zip_strerror(archive.get()))));
        // One byte more than declared, to catch an entry that says less
        // than it holds.
        QByteArray content(qsizetype(entry.size) + 1, Qt::Uninitialized);
        qint64 got = 0;
        while (got < content.size()) {
            const zip_int64_t n =
                zip_fread(file.get(), content.data() + got, zip_uint64_t(content.size() - got));
            if (n < 0)
                return refused(
                    ZipText::tr("%1 cannot be unpacked: %2")
                        .arg(entry.path, QString::fromUtf8(zip_file_strerror(file.get()))));
            if (n == 0)
                break;
            got += n;
        }
        if (got != qint64(entry.size))
            return refused(
                ZipText::tr("%1 does not hold the size the .zip gives.").arg(entry.path));
        content.truncate(got);
        code.insert(entry.path, content);
    }
    if (code.isEmpty())
        return refused(ZipText::tr("The .zip has no files."));
    return code;
}

Result<FunctionCode> readCodeZipFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return Result<FunctionCode>::failure(
            ErrorKind::NotFound,
            ZipText::tr("There is no file %1.").arg(QDir::toNativeSeparators(path)));
    if (file.size() > kMaxZipBytes)
        return refused(ZipText::tr("The .zip is over Lambda's limit of 50 MB for an upload."));
    if (!file.open(QIODevice::ReadOnly))
        return Result<FunctionCode>::failure(
            file.error() == QFileDevice::PermissionsError ? ErrorKind::Refused
                                                          : ErrorKind::Internal,
            ZipText::tr("%1 cannot be read: %2")
                .arg(QDir::toNativeSeparators(path), file.errorString()));
    return readCodeZip(file.readAll());
}

Result<FunctionCode> readCode(const QString &folderOrZip)
{
    const QFileInfo info(folderOrZip);
    if (info.isFile() || folderOrZip.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
        return readCodeZipFile(folderOrZip);
    return readCodeFolder(folderOrZip);
}

} // namespace sloop::functions
