#pragma once

#include "buckets/bucket.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sloop::widgets {

// A folder trigger for a function: which folder bucket (one there is, or a
// new one: a name and a folder on this machine), which keys (prefix,
// suffix) and which events (objects created, removed). A mistake is said
// in place and Add stays off.
class AddFolderTriggerDialog : public QDialog
{
    Q_OBJECT
public:
    AddFolderTriggerDialog(const QString &function, const QList<buckets::Bucket> &existing,
                           QWidget *parent = nullptr);

    // The bucket to make first, when a new one was chosen.
    std::optional<buckets::Bucket> newBucket() const;
    buckets::BucketTrigger trigger() const;

    QComboBox *bucketBox() const { return m_bucket; }
    QLineEdit *newNameEdit() const { return m_newName; }
    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QLineEdit *suffixEdit() const { return m_suffix; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *addButton() const { return m_add; }

private:
    void update();
    bool creating() const;

    QString m_function;
    QComboBox *m_bucket;
    QWidget *m_newRow;
    QLineEdit *m_newName;
    QLineEdit *m_folder;
    QLineEdit *m_prefix;
    QLineEdit *m_suffix;
    QCheckBox *m_created;
    QCheckBox *m_removed;
    QLabel *m_problem;
    QPushButton *m_add;
};

} // namespace sloop::widgets
