#pragma once

#include "batch/batchtypes.h"

#include <QWidget>

namespace sloop::widgets {

// One job's life as a bar from submission to now (or its end): the wait
// before its first attempt, each attempt coloured by how it ended, and the
// waits between retries, with the times under it. Hover a part for its
// times.
class JobTimeline : public QWidget
{
    Q_OBJECT
public:
    explicit JobTimeline(QWidget *parent = nullptr);
    void setJob(const batch::Job &job, const QList<batch::Attempt> &attempts, qint64 nowMs);

    struct Part
    {
        qint64 fromMs = 0;
        qint64 toMs = 0;
        QColor color;
        QString text; // what it was: "waited", "attempt 2, exit 1"
    };
    const QList<Part> &parts() const { return m_parts; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    QRect barRect() const;
    int partAt(const QPoint &pos) const;

    QList<Part> m_parts;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
};

// What a job waits for (left) and what waits for it (right), as boxes
// coloured by status with arrows through the job's own; hover a box for its
// status, click it to open that job.
class DependencyGraph : public QWidget
{
    Q_OBJECT
public:
    struct Node
    {
        QString id;
        QString label;
        batch::JobStatus status = batch::JobStatus::Submitted;
    };
    explicit DependencyGraph(QWidget *parent = nullptr);
    void setGraph(const Node &job, const QList<Node> &upstream, const QList<Node> &downstream);
    bool isEmpty() const { return m_upstream.isEmpty() && m_downstream.isEmpty(); }
    QSize sizeHint() const override;
    // The job whose box is at the point; empty when none.
    QString jobAt(const QPoint &pos) const;

    static constexpr int kMaxPerSide = 6; // more are summed up in a last box

Q_SIGNALS:
    void jobClicked(const QString &id);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    bool event(QEvent *event) override;

private:
    struct Box
    {
        QRect rect;
        Node node;
    };
    QList<Box> boxes() const;

    Node m_job;
    QList<Node> m_upstream;
    QList<Node> m_downstream;
};

} // namespace sloop::widgets
