#pragma once

#include <QSet>
#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QSpinBox;

namespace sloop::widgets {

// Name, count and tags, checked as they are typed: the store's rules for
// names and tags, and names already taken (by an instance or, for
// container instances, an SSH host Sloop would log in under) are refused.
// With a count above 1 the instances are NAME-1 … NAME-N.
class InstanceDetailsForm : public QWidget
{
    Q_OBJECT
public:
    explicit InstanceDetailsForm(QWidget *parent = nullptr);

    // Lower-case names that cannot be used.
    void setTakenNames(const QSet<QString> &taken);
    // A whole server is one instance: the count stays 1.
    void setServer(bool server);
    void setName(const QString &name);
    QString name() const;
    int count() const;
    QStringList tags() const;
    // The names Create will make.
    QStringList names() const;
    bool isComplete() const { return m_valid; }
    QString errorText() const;

Q_SIGNALS:
    void changed();

private:
    void validate();

    QLineEdit *m_name;
    QSpinBox *m_count;
    QLineEdit *m_tags;
    QLabel *m_names;
    QLabel *m_error;
    QSet<QString> m_taken;
    bool m_valid = false;
};

} // namespace sloop::widgets
