// The command line of `ronde`, parsed into plain values (no side effects),
// so main() stays a wiring diagram and the parsing can be tested.
#pragma once

#include <QSize>
#include <QString>
#include <QStringList>

#include <optional>

namespace ronde::app {

struct AppOptions {
    bool demo = false;                      // --demo: demo settings store, NMEA track looped
    QString serverUrl;                      // --server URL (empty: keep the stored one)
    QString nmeaFile;                       // --nmea FILE: replay this log instead of the GPS
    QString settingsFile;                   // --settings FILE: an INI file instead of the user's
    QString screenshot;                     // --screenshot OUT.png: render, save, exit
    QString page = QStringLiteral("home");  // --page NAME (startPages())
    QSize size;                             // --size WxH (default: the platform's)
    QString language;                       // --lang fr|en (empty: keep the stored one)
    QString theme;                // --theme light|dark|system (empty: keep the stored one)
    QString storeFile;            // --store FILE: this device store instead of the user's
    QString demoAccount;          // --demo-account USER: with --demo, sign in as USER by itself
    QString passwordFile;         // --password-file FILE: its first line is USER's password
    QString supervisorTokenFile;  // --supervisor-token-file FILE: a supervisor's token
};

struct ParsedOptions {
    std::optional<AppOptions> options;  // empty when the program should exit
    QString message;                    // help, version or the error to print
    int exitCode = 0;
};

// The pages the app can open at start (--page).
QStringList startPages();

// `arguments` as QCoreApplication::arguments() gives them (program first).
ParsedOptions parseAppOptions(const QStringList& arguments);

}  // namespace ronde::app
