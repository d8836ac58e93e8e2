// Installs the translators of one UI language (the app's own catalogue from
// the resources, and Qt's) and retranslates a QML engine at run time.
// French is the source language: "fr" loads no app catalogue. GUI thread only.
#pragma once

#include <QObject>
#include <QString>
#include <QTranslator>

#include <memory>

class QQmlEngine;

namespace ronde::app {

class Localizer : public QObject {
    Q_OBJECT
public:
    // `engine` may be null (tests of C++ strings); not owned.
    explicit Localizer(QQmlEngine* engine = nullptr, QObject* parent = nullptr);
    ~Localizer() override;

    // Switches the language of C++ and QML strings and the default locale;
    // false when the app has no catalogue for `language`.
    bool apply(const QString& language);
    QString language() const { return language_; }

private:
    QQmlEngine* engine_;
    QString language_;
    std::unique_ptr<QTranslator> app_;
    std::unique_ptr<QTranslator> qt_;
};

}  // namespace ronde::app
