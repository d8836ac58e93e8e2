// The app's settings, typed, over QSettings. Built once in main() and
// published to QML as the AppSettings singleton. GUI thread only.
//
// Rules (the server URL check, the ranges) live here so that the settings
// page, the sign-in flow and the sync transport all apply the same ones.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QString>

#include <memory>

class QJSEngine;
class QQmlEngine;
class QSettings;

namespace ronde::app {

class AppSettings : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    Q_PROPERTY(ThemeChoice theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(bool darkTheme READ darkTheme NOTIFY darkThemeChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(bool allowPlainHttp READ allowPlainHttp WRITE setAllowPlainHttp NOTIFY
                   allowPlainHttpChanged)
    Q_PROPERTY(int lockDelayMinutes READ lockDelayMinutes WRITE setLockDelayMinutes NOTIFY
                   lockDelayMinutesChanged)
    Q_PROPERTY(QString deviceName READ deviceName WRITE setDeviceName NOTIFY deviceNameChanged)
    Q_PROPERTY(int minLockDelayMinutes READ minLockDelayMinutes CONSTANT)
    Q_PROPERTY(int maxLockDelayMinutes READ maxLockDelayMinutes CONSTANT)
    Q_PROPERTY(int maxDeviceNameLength READ maxDeviceNameLength CONSTANT)

public:
    enum ThemeChoice { SystemTheme, LightTheme, DarkTheme };
    Q_ENUM(ThemeChoice)

    // Why a server address is refused; Ok when it may be used.
    enum class UrlCheck {
        Ok,
        Empty,
        Malformed,
        UnsupportedScheme,
        CredentialsInUrl,
        PlainHttpRefused,
    };

    static constexpr int kMinLockDelay = 1;
    static constexpr int kMaxLockDelay = 60;
    static constexpr int kDefaultLockDelay = 5;
    static constexpr int kMaxDeviceNameLength = 60;

    // Reads and writes through `backend` (owned); values are written at once.
    explicit AppSettings(std::unique_ptr<QSettings> backend, QObject* parent = nullptr);
    ~AppSettings() override;

    // The instance main() built, handed to every QML engine (C++ ownership).
    static void provide(AppSettings* instance);
    static AppSettings* create(QQmlEngine* qml, QJSEngine* js);

    QString language() const { return language_; }
    // "fr" or "en"; false (and no change) for anything else.
    bool setLanguage(const QString& language);
    ThemeChoice theme() const { return theme_; }
    void setTheme(ThemeChoice theme);
    // Whether the dark palette is in use (the choice, or the platform's for System).
    bool darkTheme() const;
    QString serverUrl() const { return serverUrl_; }
    bool allowPlainHttp() const { return allowPlainHttp_; }
    void setAllowPlainHttp(bool allow);
    int lockDelayMinutes() const { return lockDelay_; }
    void setLockDelayMinutes(int minutes);  // clamped to [kMinLockDelay, kMaxLockDelay]
    QString deviceName() const { return deviceName_; }
    void setDeviceName(const QString& name);  // trimmed, at most kMaxDeviceNameLength
    int minLockDelayMinutes() const { return kMinLockDelay; }
    int maxLockDelayMinutes() const { return kMaxLockDelay; }
    int maxDeviceNameLength() const { return kMaxDeviceNameLength; }

    // The address as it would be stored: "https://" added when no scheme was
    // typed, scheme and host in lowercase, no trailing slash.
    static QString normalizedServerUrl(const QString& text);
    // https to anyone; http only to loopback unless `allowPlainHttp`.
    static UrlCheck checkServerUrl(const QString& text, bool allowPlainHttp);
    // The French (or translated) sentence that explains `check`; empty for Ok.
    static QString describe(UrlCheck check);

    // Empty when `text` may be used, else why not (QML passes the switch's
    // value so that its bindings follow it).
    Q_INVOKABLE QString serverUrlProblem(const QString& text, bool allowPlainHttp) const;
    // Stores the normalized address when it is acceptable; returns the
    // problem otherwise (and keeps the old value).
    Q_INVOKABLE QString setServerUrl(const QString& text);

signals:
    void languageChanged();
    void themeChanged();
    void darkThemeChanged();
    void serverUrlChanged();
    void allowPlainHttpChanged();
    void lockDelayMinutesChanged();
    void deviceNameChanged();

private:
    std::unique_ptr<QSettings> store_;
    QString language_;
    ThemeChoice theme_ = LightTheme;
    QString serverUrl_;
    bool allowPlainHttp_ = false;
    int lockDelay_ = kDefaultLockDelay;
    QString deviceName_;
};

}  // namespace ronde::app
