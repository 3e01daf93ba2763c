# Precompiled headers: most of a Sloop translation unit's compile time is
# spent parsing the same Qt and standard headers again (4.2 of 5.8 s for
# core/metrics/metricstore.cpp). One precompiled set per kind of target
# parses them once. Only Qt and standard headers go in: Sloop's own headers
# change too often for that to pay.
#
# A precompiled header is only valid for the macros it was built with (the
# QT_*_LIB defines decide what <QTest> pulls in), so each kind of target gets
# its own set, and GCC's -Winvalid-pch (with -Werror) turns a mismatch into a
# build error rather than a silent slow path.
option(SLOOP_PCH "Use precompiled headers" ON)

set(SLOOP_PCH_CORE
    <algorithm> <functional> <memory> <optional> <utility>
    <QByteArray> <QCoreApplication> <QDateTime> <QDir> <QElapsedTimer> <QFile> <QFileInfo>
    <QFuture> <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QList> <QLoggingCategory>
    <QMap> <QObject> <QPointer> <QPromise> <QRegularExpression> <QSet> <QSqlError>
    <QSqlQuery> <QString> <QStringList> <QTimer> <QVariant>)
set(SLOOP_PCH_GUI ${SLOOP_PCH_CORE}
    <QAbstractItemModel> <QColor> <QFont> <QIcon> <QPalette>)
set(SLOOP_PCH_WIDGETS ${SLOOP_PCH_GUI}
    <QAction> <QApplication> <QCheckBox> <QComboBox> <QDialog> <QDialogButtonBox>
    <QFormLayout> <QFrame> <QHBoxLayout> <QHeaderView> <QLabel> <QLineEdit> <QLocale>
    <QMessageBox> <QPainter> <QPushButton> <QScrollArea> <QSplitter> <QStackedWidget>
    <QStyle> <QTabWidget> <QTableView> <QToolBar> <QTreeWidget> <QVBoxLayout> <QWidget>)
set(SLOOP_PCH_TEST <QProcess> <QSignalSpy> <QTemporaryDir> <QTest>)

# sloop_use_pch(target SET): target gets the headers of SLOOP_PCH_<SET>.
function(sloop_use_pch target set)
    if(SLOOP_PCH)
        target_precompile_headers(${target} PRIVATE ${SLOOP_PCH_${set}})
    endif()
endfunction()

# sloop_reuse_pch(target FROM): target uses FROM's precompiled headers
# (FROM must have been built with the same defines and options).
function(sloop_reuse_pch target from)
    if(SLOOP_PCH)
        target_precompile_headers(${target} REUSE_FROM ${from})
    endif()
endfunction()
