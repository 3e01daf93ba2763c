#pragma once

#include <QByteArrayView>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace sloop::images {

// A build context's .dockerignore, read and matched as the docker CLI does
// (moby's patternmatcher): one pattern a line, '#' comments, paths cleaned
// and relative to the context; '*' and '?' within one path segment, "**"
// across any number, [ranges], '\' escapes; a pattern that matches a folder
// leaves out everything in it; "!pattern" brings back what an earlier
// pattern left out; the last pattern that matches decides.
class DockerIgnore
{
public:
    static DockerIgnore parse(QByteArrayView text);

    // `path` relative to the context with '/' separators ("src/a.c").
    bool excluded(const QString &path) const;
    // Whether no "!" pattern could bring back anything under `dir`: then a
    // left-out folder need not be walked at all.
    bool skipsWholly(const QString &dir) const;
    QStringList patterns() const;
    // The Dockerfile and .dockerignore are sent even when left out, as the
    // docker CLI does (the engine needs the first; the second is harmless).
    void keep(const QString &path);

private:
    struct Pattern
    {
        QString text;
        bool exception = false;
        QRegularExpression regex;
    };
    static Pattern compile(QString text, bool exception);
    QList<Pattern> m_patterns;
};

} // namespace sloop::images
