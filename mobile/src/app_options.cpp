#include "app_options.hpp"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QRegularExpression>

namespace ronde::app {

QStringList startPages() {
    return {QStringLiteral("home"), QStringLiteral("settings"), QStringLiteral("position"),
            QStringLiteral("capture"), QStringLiteral("repeat"), QStringLiteral("visits"),
            QStringLiteral("followups"), QStringLiteral("registry"), QStringLiteral("patrol"),
            QStringLiteral("pin"), QStringLiteral("signin"), QStringLiteral("sync"),
            QStringLiteral("contactEdit"), QStringLiteral("pinChange"),
            // The supervisor's screens (they need --supervisor-token-file and --server).
            QStringLiteral("dashboard"), QStringLiteral("supervisorVisits"),
            QStringLiteral("supervisorContacts"), QStringLiteral("supervisorFollowUps"),
            QStringLiteral("supervisorConflicts"), QStringLiteral("supervisorTeam")};
}

ParsedOptions parseAppOptions(const QStringList& arguments) {
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Ronde: patrol companion"));
    const auto help = parser.addHelpOption();
    const auto version = parser.addVersionOption();
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  QStringLiteral("Demo mode: separate settings, looped track."));
    const QCommandLineOption server(QStringLiteral("server"),
                                    QStringLiteral("Server address (https, or http to loopback)."),
                                    QStringLiteral("URL"));
    const QCommandLineOption nmea(QStringLiteral("nmea"),
                                  QStringLiteral("Replay this NMEA log as the GPS."),
                                  QStringLiteral("FILE"));
    const QCommandLineOption settings(QStringLiteral("settings"),
                                      QStringLiteral("Read and write settings in this INI file."),
                                      QStringLiteral("FILE"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QStringLiteral("Render the start page, save it as PNG and exit."), QStringLiteral("FILE"));
    const QCommandLineOption page(
        QStringLiteral("page"),
        QStringLiteral("Page to open at start: %1.").arg(startPages().join(QLatin1Char('|'))),
        QStringLiteral("NAME"), QStringLiteral("home"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("Window size."),
                                  QStringLiteral("WxH"));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("Language: fr|en."),
                                  QStringLiteral("CODE"));
    const QCommandLineOption theme(QStringLiteral("theme"),
                                   QStringLiteral("Theme: light|dark|system."),
                                   QStringLiteral("NAME"));
    const QCommandLineOption store(
        QStringLiteral("store"), QStringLiteral("Use this device store file (its salt beside it)."),
        QStringLiteral("FILE"));
    const QCommandLineOption demoAccount(
        QStringLiteral("demo-account"),
        QStringLiteral("With --demo and --server: sign in as this account by itself."),
        QStringLiteral("USER"));
    const QCommandLineOption passwordFile(
        QStringLiteral("password-file"),
        QStringLiteral("The password of --demo-account: the first line of FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption supervisorToken(
        QStringLiteral("supervisor-token-file"),
        QStringLiteral("Screenshots and demos: the supervisor screens use the token in FILE "
                       "(first line) with --server, instead of the sign-in's."),
        QStringLiteral("FILE"));
    parser.addOptions({demo, server, nmea, settings, screenshot, page, size, lang, theme, store,
                       demoAccount, passwordFile, supervisorToken});

    ParsedOptions out;
    if (!parser.parse(arguments)) {
        out.message = parser.errorText();
        out.exitCode = 2;
        return out;
    }
    if (parser.isSet(help)) {
        out.message = parser.helpText();
        return out;
    }
    if (parser.isSet(version)) {
        out.message = QCoreApplication::applicationName() + QLatin1Char(' ') +
                      QCoreApplication::applicationVersion();
        return out;
    }
    if (!parser.positionalArguments().isEmpty()) {
        out.message =
            QStringLiteral("unexpected argument: %1").arg(parser.positionalArguments()[0]);
        out.exitCode = 2;
        return out;
    }
    AppOptions o;
    o.demo = parser.isSet(demo);
    o.serverUrl = parser.value(server);
    o.nmeaFile = parser.value(nmea);
    o.settingsFile = parser.value(settings);
    o.screenshot = parser.value(screenshot);
    o.page = parser.value(page);
    o.language = parser.value(lang);
    o.theme = parser.value(theme);
    o.storeFile = parser.value(store);
    o.demoAccount = parser.value(demoAccount);
    o.passwordFile = parser.value(passwordFile);
    o.supervisorTokenFile = parser.value(supervisorToken);
    const auto fail = [&out](const QString& message) {
        out.message = message;
        out.exitCode = 2;
        return out;
    };
    if (!startPages().contains(o.page)) {
        return fail(QStringLiteral("--page: expected one of %1").arg(startPages().join(", ")));
    }
    if (!o.language.isEmpty() && o.language != "fr" && o.language != "en") {
        return fail(QStringLiteral("--lang: expected fr or en"));
    }
    if (!o.theme.isEmpty() && o.theme != "light" && o.theme != "dark" && o.theme != "system") {
        return fail(QStringLiteral("--theme: expected light, dark or system"));
    }
    if (!o.demoAccount.isEmpty() &&
        (!o.demo || o.serverUrl.isEmpty() || o.passwordFile.isEmpty())) {
        return fail(QStringLiteral("--demo-account: needs --demo, --server and --password-file"));
    }
    if (!o.supervisorTokenFile.isEmpty() && o.serverUrl.isEmpty()) {
        return fail(QStringLiteral("--supervisor-token-file: needs --server"));
    }
    if (parser.isSet(size)) {
        static const QRegularExpression re(QStringLiteral("^(\\d{3,4})x(\\d{3,4})$"));
        const auto m = re.match(parser.value(size));
        if (!m.hasMatch()) {
            return fail(QStringLiteral("--size: expected WIDTHxHEIGHT, e.g. 412x915"));
        }
        o.size = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }
    out.options = o;
    return out;
}

}  // namespace ronde::app
