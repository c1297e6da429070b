#pragma once

#include <QMainWindow>

class QLabel;

namespace ChipTrace {

// The workbench frame: menus, status bar and dock areas that the views plug into. Geometry
// and dock layout are remembered in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    QLabel *statusLabel() const { return m_statusLabel; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout();
    void showAbout();

    QLabel *m_statusLabel = nullptr;
};

} // namespace ChipTrace
