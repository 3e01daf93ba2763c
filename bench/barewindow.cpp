// bench-bare-window: the smallest Qt Widgets program with a main window, the
// baseline sloop-bench-startup compares Sloop's start-up against.

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("bare window"));
    window.setCentralWidget(new QLabel(QStringLiteral("A bare QMainWindow")));
    window.resize(1280, 800); // Sloop's first-run size
    window.show();
    return app.exec();
}
