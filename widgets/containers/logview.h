#pragma once

#include "engine/streamdecoders.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sloop::engine {
class DockerClient;
class LogFollower;
} // namespace sloop::engine

namespace sloop::widgets {

// A container's log, followed live: stderr in the error colour, optional
// timestamps, search (Enter finds the next match), copy, and a "follow"
// switch that keeps the newest line in view.
class LogView : public QWidget
{
    Q_OBJECT
public:
    explicit LogView(QWidget *parent = nullptr);
    void attach(engine::DockerClient *client, const QString &containerId, bool tty);
    void detach();
    QString plainText() const;
    int lineCount() const { return m_lines; }

    static constexpr int kMaxLines = 20000;

private:
    void append(const QList<engine::LogLine> &lines);
    void findNext();

    QPlainTextEdit *m_text;
    QLineEdit *m_search;
    QCheckBox *m_follow;
    QCheckBox *m_timestamps;
    QLabel *m_status;
    QPointer<engine::LogFollower> m_follower;
    int m_lines = 0;
};

} // namespace sloop::widgets
