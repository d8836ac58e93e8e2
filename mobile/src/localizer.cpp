#include "localizer.hpp"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QQmlEngine>

namespace ronde::app {

Localizer::Localizer(QQmlEngine* engine, QObject* parent) : QObject(parent), engine_(engine) {}

Localizer::~Localizer() {
    for (auto* t : {app_.get(), qt_.get()}) {
        if (t != nullptr) {
            QCoreApplication::removeTranslator(t);
        }
    }
}

bool Localizer::apply(const QString& language) {
    auto app = std::make_unique<QTranslator>();
    // The .qm files are built from qml/i18n/*.ts into the resources.
    const bool haveApp = app->load(QStringLiteral(":/i18n/ronde_%1.qm").arg(language));
    if (!haveApp && language != QLatin1String("fr")) {
        return false;
    }
    auto qt = std::make_unique<QTranslator>();
    const bool haveQt = qt->load(QStringLiteral("qt_%1").arg(language),
                                 QLibraryInfo::path(QLibraryInfo::TranslationsPath));

    for (auto* t : {app_.get(), qt_.get()}) {
        if (t != nullptr) {
            QCoreApplication::removeTranslator(t);
        }
    }
    app_.reset(haveApp ? app.release() : nullptr);
    qt_.reset(haveQt ? qt.release() : nullptr);
    for (auto* t : {app_.get(), qt_.get()}) {
        if (t != nullptr) {
            QCoreApplication::installTranslator(t);
        }
    }
    language_ = language;
    QLocale::setDefault(language == QLatin1String("fr")
                            ? QLocale(QLocale::French, QLocale::France)
                            : QLocale(QLocale::English, QLocale::UnitedKingdom));
    if (engine_ != nullptr) {
        engine_->setUiLanguage(language);
        engine_->retranslate();
    }
    return true;
}

}  // namespace ronde::app
