#include "app_settings.hpp"

#include <QGuiApplication>
#include <QHostAddress>
#include <QJSEngine>
#include <QPalette>
#include <QPointer>
#include <QSettings>
#include <QUrl>

#include <algorithm>
#include <type_traits>

namespace ronde::app {

namespace {

QPointer<AppSettings> g_instance;
static_assert(!std::is_default_constructible_v<AppSettings>,
              "QML must get the instance of main() through create()");

constexpr auto kLanguage = "ui/language";
constexpr auto kTheme = "ui/theme";
constexpr auto kServerUrl = "server/url";
constexpr auto kAllowPlainHttp = "server/allowPlainHttp";
constexpr auto kLockDelay = "security/lockDelayMinutes";
constexpr auto kDeviceName = "device/name";

QString themeCode(AppSettings::ThemeChoice t) {
    switch (t) {
        case AppSettings::SystemTheme:
            return QStringLiteral("system");
        case AppSettings::DarkTheme:
            return QStringLiteral("dark");
        case AppSettings::LightTheme:
            break;
    }
    return QStringLiteral("light");
}

AppSettings::ThemeChoice themeFromCode(const QString& code) {
    if (code == QLatin1String("system")) {
        return AppSettings::SystemTheme;
    }
    if (code == QLatin1String("dark")) {
        return AppSettings::DarkTheme;
    }
    return AppSettings::LightTheme;  // sunlight first
}

bool isLoopbackHost(const QString& host) {
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0) {
        return true;
    }
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

}  // namespace

AppSettings::AppSettings(std::unique_ptr<QSettings> backend, QObject* parent)
    : QObject(parent), store_(std::move(backend)) {
    language_ = store_->value(kLanguage, QStringLiteral("fr")).toString();
    if (language_ != QLatin1String("fr") && language_ != QLatin1String("en")) {
        language_ = QStringLiteral("fr");
    }
    theme_ = themeFromCode(store_->value(kTheme).toString());
    serverUrl_ = store_->value(kServerUrl).toString();
    allowPlainHttp_ = store_->value(kAllowPlainHttp, false).toBool();
    lockDelay_ = std::clamp(store_->value(kLockDelay, kDefaultLockDelay).toInt(), kMinLockDelay,
                            kMaxLockDelay);
    deviceName_ = store_->value(kDeviceName).toString();
}

AppSettings::~AppSettings() = default;

void AppSettings::provide(AppSettings* instance) {
    g_instance = instance;
}

AppSettings* AppSettings::create(QQmlEngine*, QJSEngine*) {
    if (!g_instance) {
        qFatal("AppSettings: main() must call AppSettings::provide() before loading QML");
    }
    QJSEngine::setObjectOwnership(g_instance, QJSEngine::CppOwnership);
    return g_instance;
}

bool AppSettings::setLanguage(const QString& language) {
    if (language != QLatin1String("fr") && language != QLatin1String("en")) {
        return false;
    }
    if (language != language_) {
        language_ = language;
        store_->setValue(kLanguage, language_);
        emit languageChanged();
    }
    return true;
}

void AppSettings::setTheme(ThemeChoice theme) {
    if (theme == theme_) {
        return;
    }
    const bool wasDark = darkTheme();
    theme_ = theme;
    store_->setValue(kTheme, themeCode(theme_));
    emit themeChanged();
    if (darkTheme() != wasDark) {
        emit darkThemeChanged();
    }
}

bool AppSettings::darkTheme() const {
    switch (theme_) {
        case DarkTheme:
            return true;
        case LightTheme:
            return false;
        case SystemTheme:
            break;
    }
    // Qt 6.4 has no colour-scheme API: read the platform palette instead.
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()) == nullptr) {
        return false;
    }
    return QGuiApplication::palette().color(QPalette::Window).lightness() < 128;
}

void AppSettings::setAllowPlainHttp(bool allow) {
    if (allow == allowPlainHttp_) {
        return;
    }
    allowPlainHttp_ = allow;
    store_->setValue(kAllowPlainHttp, allowPlainHttp_);
    emit allowPlainHttpChanged();
}

void AppSettings::setLockDelayMinutes(int minutes) {
    minutes = std::clamp(minutes, kMinLockDelay, kMaxLockDelay);
    if (minutes == lockDelay_) {
        return;
    }
    lockDelay_ = minutes;
    store_->setValue(kLockDelay, lockDelay_);
    emit lockDelayMinutesChanged();
}

void AppSettings::setDeviceName(const QString& name) {
    const QString clean = name.simplified().left(kMaxDeviceNameLength);
    if (clean == deviceName_) {
        return;
    }
    deviceName_ = clean;
    store_->setValue(kDeviceName, deviceName_);
    emit deviceNameChanged();
}

QString AppSettings::normalizedServerUrl(const QString& text) {
    QString s = text.trimmed();
    if (s.isEmpty()) {
        return s;
    }
    if (!s.contains(QLatin1String("://"))) {
        s.prepend(QLatin1String("https://"));
    }
    QUrl url(s, QUrl::StrictMode);
    if (!url.isValid()) {
        return s;
    }
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    QString out = url.toString(QUrl::FullyEncoded);
    while (out.endsWith(QLatin1Char('/'))) {
        out.chop(1);
    }
    return out;
}

AppSettings::UrlCheck AppSettings::checkServerUrl(const QString& text, bool allowPlainHttp) {
    const QString normalized = normalizedServerUrl(text);
    if (normalized.isEmpty()) {
        return UrlCheck::Empty;
    }
    const QUrl url(normalized, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || url.hasQuery() || url.hasFragment() ||
        normalized.contains(QLatin1Char(' '))) {
        return UrlCheck::Malformed;
    }
    const QString scheme = url.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        return UrlCheck::UnsupportedScheme;
    }
    if (!url.userInfo().isEmpty()) {
        return UrlCheck::CredentialsInUrl;
    }
    if (scheme == QLatin1String("http") && !allowPlainHttp && !isLoopbackHost(url.host())) {
        return UrlCheck::PlainHttpRefused;
    }
    return UrlCheck::Ok;
}

QString AppSettings::describe(UrlCheck check) {
    switch (check) {
        case UrlCheck::Ok:
            return {};
        case UrlCheck::Empty:
            return tr("Indiquez l'adresse du serveur de l'unité.");
        case UrlCheck::Malformed:
            return tr(
                "Cette adresse n'est pas valide. Écrivez-la sous la forme "
                "https://ronde.exemple.fr.");
        case UrlCheck::UnsupportedScheme:
            return tr("L'adresse doit commencer par https://.");
        case UrlCheck::CredentialsInUrl:
            return tr("L'adresse ne doit contenir ni identifiant ni mot de passe.");
        case UrlCheck::PlainHttpRefused:
            return tr(
                "Une connexion non chiffrée (http://) n'est permise que vers cet appareil. "
                "Utilisez https://, ou autorisez le HTTP non chiffré dans les réglages.");
    }
    return {};
}

QString AppSettings::serverUrlProblem(const QString& text, bool allowPlainHttp) const {
    return describe(checkServerUrl(text, allowPlainHttp));
}

QString AppSettings::setServerUrl(const QString& text) {
    const UrlCheck check = checkServerUrl(text, allowPlainHttp_);
    if (check != UrlCheck::Ok) {
        return describe(check);
    }
    const QString normalized = normalizedServerUrl(text);
    if (normalized != serverUrl_) {
        serverUrl_ = normalized;
        store_->setValue(kServerUrl, serverUrl_);
        emit serverUrlChanged();
    }
    return {};
}

}  // namespace ronde::app
