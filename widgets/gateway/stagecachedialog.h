#pragma once

#include "gateway/apimodel.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;

namespace sloop::widgets {

// A stage's response cache: on or off, how long GET answers are kept,
// what besides the path tells them apart, how much memory it may use, and
// which API keys may ask for a fresh answer (Cache-Control: max-age=0).
class StageCacheDialog : public QDialog
{
    Q_OBJECT
public:
    // keys: id → name, for the keys that may invalidate.
    StageCacheDialog(const QString &stage, const gateway::StageCache &cache,
                     const QList<QPair<QString, QString>> &keys, QWidget *parent = nullptr);
    gateway::StageCache cache() const;

    QCheckBox *enabledBox() const { return m_enabled; }
    QSpinBox *ttlBox() const { return m_ttl; }
    QLineEdit *queryEdit() const { return m_query; }
    QLineEdit *headersEdit() const { return m_headers; }
    QListWidget *invalidatorList() const { return m_invalidators; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *problemLabel() const { return m_problem; }

private:
    void check();

    gateway::StageCache m_original;
    QCheckBox *m_enabled;
    QSpinBox *m_ttl;
    QLineEdit *m_query;
    QLineEdit *m_headers;
    QSpinBox *m_capacity;
    QListWidget *m_invalidators;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace sloop::widgets
