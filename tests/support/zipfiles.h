#pragma once

// A .zip with one entry of any name (hostile ones too: "../x", "/etc/x"),
// made by Python's zipfile, which writes whatever name it is given.
#include <QProcess>
#include <QString>

namespace sloop::test {

inline bool makeZip(const QString &path, const QString &entry, const QByteArray &content)
{
    QProcess python;
    python.start(QStringLiteral("python3"),
                 {QStringLiteral("-c"),
                  QStringLiteral("import sys, zipfile\n"
                                 "with zipfile.ZipFile(sys.argv[1], 'w') as z:\n"
                                 "    z.writestr(sys.argv[2], sys.stdin.buffer.read())\n"),
                  path, entry});
    python.write(content);
    python.closeWriteChannel();
    return python.waitForFinished(30000) && python.exitCode() == 0;
}

} // namespace sloop::test
