#include "tarwriter.h"

#include <QList>

#include <cstring>
#include <utility>

namespace sloop::engine {

namespace {

constexpr int kBlock = 512;

void putOctal(char *field, int width, qint64 value)
{
    // width - 1 digits and a NUL, as GNU and BSD tar write them.
    const QByteArray digits = QByteArray::number(value, 8).rightJustified(width - 1, '0');
    std::memcpy(field, digits.constData(), size_t(width - 1));
    field[width - 1] = '\0';
}

} // namespace

bool TarWriter::addFile(const QString &path, const QByteArray &content, int mode,
                        qint64 mtimeSeconds)
{
    const QByteArray name = path.toUtf8();
    if (name.isEmpty() || name.startsWith('/') || name.contains('\0') ||
        name.split('/').contains(".."))
        return false;
    QByteArray prefix;
    QByteArray base = name;
    if (base.size() > 100) { // split at a '/' into prefix (155) and name (100)
        const qsizetype cut = name.lastIndexOf('/', 155);
        if (cut <= 0 || name.size() - cut - 1 > 100)
            return false;
        prefix = name.left(cut);
        base = name.mid(cut + 1);
    }
    char header[kBlock];
    std::memset(header, 0, sizeof header);
    std::memcpy(header, base.constData(), size_t(base.size()));
    putOctal(header + 100, 8, mode & 07777);
    putOctal(header + 108, 8, 0); // uid
    putOctal(header + 116, 8, 0); // gid
    putOctal(header + 124, 12, content.size());
    putOctal(header + 136, 12, mtimeSeconds);
    std::memset(header + 148, ' ', 8); // checksum counts as spaces while summed
    header[156] = '0';                 // regular file
    std::memcpy(header + 257,
                "ustar\0"
                "00",
                8);
    std::memcpy(header + 265, "root", 4);
    std::memcpy(header + 297, "root", 4);
    std::memcpy(header + 345, prefix.constData(), size_t(prefix.size()));
    unsigned sum = 0;
    for (unsigned char c : header)
        sum += c;
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header + 148, checksum.constData(), 6);
    header[154] = '\0';
    header[155] = ' ';

    m_data.append(header, kBlock);
    m_data.append(content);
    const qsizetype pad = (kBlock - content.size() % kBlock) % kBlock;
    m_data.append(QByteArray(pad, '\0'));
    return true;
}

QByteArray TarWriter::finish()
{
    m_data.append(QByteArray(2 * kBlock, '\0'));
    return std::exchange(m_data, {});
}

} // namespace sloop::engine
