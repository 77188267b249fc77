// One colour setting: a swatch that opens the colour picker and the hex code beside it.
#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace ey::desk::branding {

/// UI thread. Emits colourEdited for every keystroke or picker choice, valid or not, so the form
/// can judge contrast live; the swatch shows the last valid colour.
class ColourField : public QWidget
{
    Q_OBJECT

public:
    /// `path` is the wire path ("colors.primary"); it names the child widgets for tests.
    ColourField(const QString& path, QWidget* parent = nullptr);

    QString path() const { return m_path; }
    QString text() const;
    /// Shows a value without emitting colourEdited.
    void setText(const QString& text);
    void setLabel(const QString& label);
    bool isValid() const;
    QLineEdit* lineEdit() const { return m_edit; }
    QToolButton* swatch() const { return m_swatch; }

signals:
    void colourEdited(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void pick();
    void updateSwatch();
    void retranslate();

    QString m_path;
    QString m_label;
    QToolButton* m_swatch;
    QLineEdit* m_edit;
};

} // namespace ey::desk::branding
