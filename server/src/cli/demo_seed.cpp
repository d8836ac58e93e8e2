// `ronde-server demo-seed`: a realistic demo unit, written through the same
// push path as the devices (SyncService::push), so that sequence numbers,
// HLCs, authors and the merge rules are those of real data.
//
// The unit: the Brigade territoriale autonome de Cesson-Sévigné (east of
// Rennes), its commander and three patrol gendarmes; 61 contacts of every
// category in eight communes (a shopping centre and a Saturday market
// among them); five weeks of patrols and visits with French topics and
// notes; a few follow-ups still open. Names, numbers and addresses are
// invented (phone numbers in ARCEP's ranges reserved for fiction).
#include "cli/admin_args.hpp"
#include "cli/commands.hpp"
#include "ronde/codec.hpp"
#include "ronde/hlc.hpp"
#include "ronde/uuid.hpp"
#include "services/auth_service.hpp"
#include "services/crypto.hpp"
#include "services/sync_service.hpp"
#include "store/store.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <ostream>
#include <random>

namespace ronde::server {
namespace {

constexpr const char* kDemoSeedUsage =
    R"(Usage: ronde-server demo-seed --db FILE [--password-file FILE]

Creates the demo unit BTA-CESSON (Brigade territoriale autonome de
Cesson-Sévigné): one supervisor and three patrol accounts, 61 contacts,
five weeks of patrols and visits ending today, and a few open follow-ups.
Everything goes through the same push path as the devices.

The accounts get random passwords, printed once on standard output. To fix
them (scripts, demos), give one password for all four accounts, at least 8
characters:
  --password-file FILE   first line of FILE
  RONDE_DEMO_PASSWORD    environment variable (used when no file is given)

  --db FILE              SQLite database (default: $RONDE_DB); created and
                         migrated when needed; must not hold the demo unit yet
  --help                 this text
)";

constexpr const char* kUnitCode = "BTA-CESSON";
constexpr const char* kUnitName = "Brigade territoriale autonome de Cesson-Sévigné";
constexpr std::int64_t kMinute = 60'000;
constexpr std::int64_t kHour = 60 * kMinute;
constexpr std::int64_t kDay = 24 * kHour;

struct Commune {
    const char* name;
    const char* postcode;
    double lat;
    double lon;
};

// Centres of the communes of the brigade's area (and Rennes for the firms
// based there).
constexpr std::array<Commune, 8> kCommunes = {{
    {"Cesson-Sévigné", "35510", 48.1213, -1.6031},
    {"Thorigné-Fouillard", "35235", 48.1596, -1.5796},
    {"Chantepie", "35135", 48.0888, -1.6163},
    {"Acigné", "35690", 48.1334, -1.5352},
    {"Noyal-sur-Vilaine", "35530", 48.1121, -1.5236},
    {"Brécé", "35530", 48.1092, -1.4830},
    {"Servon-sur-Vilaine", "35530", 48.1211, -1.4596},
    {"Rennes", "35000", 48.1113, -1.6500},
}};
enum CommuneIx { kCesson, kThorigne, kChantepie, kAcigne, kNoyal, kBrece, kServon, kRennes };

// Where contacts stand: a commune, the shopping centre or the market.
enum class Place { commune, mall, market };
constexpr double kMallLat = 48.1248;
constexpr double kMallLon = -1.5908;
constexpr const char* kMallName = "Centre commercial de la Rigourdière";
constexpr double kMarketLat = 48.1207;
constexpr double kMarketLon = -1.6026;
constexpr const char* kMarketName = "Marché du samedi, place de l'Église";

struct ContactSeed {
    const char* category;
    const char* organisation;
    const char* person;
    const char* role_title;
    const char* street;
    int commune;
    Place place;
    const char* tags;  // ';'-separated
    bool sms_alert;
};

// 61 contacts: 14 shopkeepers, 7 elected officials, 3 municipal police,
// 3 social landlords, 3 transport, 3 private security, 5 education,
// 3 farmers, 5 businesses, 4 associations, 4 health professionals,
// 5 residents, 2 others.
constexpr std::array<ContactSeed, 61> kContacts = {{
    {"shopkeeper", "Boulangerie Au Fournil de la Vilaine", "Maëlle Le Goff", "Gérante",
     "Galerie marchande, rue de la Rigourdière", kCesson, Place::mall,
     "galerie marchande;commerce de bouche", true},
    {"shopkeeper", "Bijouterie Le Bihan", "Erwan Le Bihan", "Bijoutier",
     "Galerie marchande, rue de la Rigourdière", kCesson, Place::mall,
     "galerie marchande;commerce sensible", true},
    {"shopkeeper", "Pharmacie de la Rigourdière", "Claire Morvan", "Pharmacienne titulaire",
     "Galerie marchande, rue de la Rigourdière", kCesson, Place::mall, "galerie marchande", true},
    {"shopkeeper", "Tabac-presse Le Khédive", "Patrick Guillou", "Buraliste",
     "Galerie marchande, rue de la Rigourdière", kCesson, Place::mall,
     "galerie marchande;commerce sensible", true},
    {"shopkeeper", "Opticien Vue d'Ouest", "Nadia Haddad", "Opticienne gérante",
     "Galerie marchande, rue de la Rigourdière", kCesson, Place::mall, "galerie marchande", false},
    {"shopkeeper", "Téléphonie Connect'35", "Kevin Tanguy", "Responsable de boutique",
     "Galerie marchande, rue de la Rigourdière", kCesson, Place::mall,
     "galerie marchande;commerce sensible", false},
    {"shopkeeper", "Hypermarché de la Rigourdière", "Sophie Lemaître", "Directrice du magasin",
     "Rue de la Rigourdière", kCesson, Place::mall, "grande surface", true},
    {"shopkeeper", "Prêt-à-porter Brume", "Anaïs Rolland", "Vendeuse responsable",
     "Galerie marchande, rue de la Rigourdière", kCesson, Place::mall, "galerie marchande", false},
    {"shopkeeper", "Primeur Les Jardins de Brocéliande", "Yannick Hervé", "Maraîcher",
     "Place de l'Église", kCesson, Place::market, "marché;commerce de bouche", false},
    {"shopkeeper", "Fromagerie Ty Laezh", "Gwenaëlle Quéré", "Fromagère", "Place de l'Église",
     kCesson, Place::market, "marché;commerce de bouche", false},
    {"shopkeeper", "Poissonnerie de la Côte d'Émeraude", "Loïc Jaouen", "Poissonnier",
     "Place de l'Église", kCesson, Place::market, "marché;commerce de bouche", true},
    {"shopkeeper", "Rôtisserie du Marché", "Fabrice Lucas", "Commerçant non sédentaire",
     "Place de l'Église", kCesson, Place::market, "marché", false},
    {"shopkeeper", "Boucherie Charcuterie Pichon", "Jean-Marc Pichon", "Artisan boucher",
     "12 rue de Rennes", kCesson, Place::commune, "centre-bourg;commerce de bouche", true},
    {"shopkeeper", "Fleuriste L'Atelier des Saisons", "Hélène Briand", "Fleuriste",
     "3 place de la Mairie", kThorigne, Place::commune, "centre-bourg", false},

    {"elected_official", "Mairie de Cesson-Sévigné", "Jean-Pierre Loaëc", "Maire",
     "1 esplanade de l'Hôtel de Ville", kCesson, Place::commune, "élu;référent", true},
    {"elected_official", "Mairie de Cesson-Sévigné", "Armelle Colin",
     "Adjointe à la sécurité et à la tranquillité publique", "1 esplanade de l'Hôtel de Ville",
     kCesson, Place::commune, "élu;référent", true},
    {"elected_official", "Mairie de Thorigné-Fouillard", "Bernard Renault", "Maire",
     "Place de la Mairie", kThorigne, Place::commune, "élu;référent", true},
    {"elected_official", "Mairie de Chantepie", "Isabelle Garnier", "Maire",
     "Place de l'Hôtel de Ville", kChantepie, Place::commune, "élu;référent", true},
    {"elected_official", "Mairie d'Acigné", "Olivier Le Roux", "Maire", "Place du Calvaire",
     kAcigne, Place::commune, "élu;référent", true},
    {"elected_official", "Mairie de Noyal-sur-Vilaine", "Martine Daniel", "Maire",
     "Place de l'Église", kNoyal, Place::commune, "élu;référent", true},
    {"elected_official", "Mairie de Brécé", "Didier Pelé", "Maire", "Rue de Rennes", kBrece,
     Place::commune, "élu;référent", true},

    {"municipal_police", "Police municipale de Cesson-Sévigné", "Sébastien Moreau",
     "Chef de service de police municipale", "1 esplanade de l'Hôtel de Ville", kCesson,
     Place::commune, "partenaire", false},
    {"municipal_police", "Police municipale de Thorigné-Fouillard", "Laetitia Boutin",
     "Brigadière-cheffe principale", "Place de la Mairie", kThorigne, Place::commune, "partenaire",
     false},
    {"municipal_police", "Police municipale de Chantepie", "Arnaud Gicquel", "Policier municipal",
     "Place de l'Hôtel de Ville", kChantepie, Place::commune, "partenaire", false},

    {"social_landlord", "Archipel Habitat", "Mohamed Benali", "Gardien d'immeuble",
     "Résidence Les Peupliers, rue du Bourgchevreuil", kCesson, Place::commune, "logement social",
     false},
    {"social_landlord", "Néotoa", "Christelle Hamon", "Chargée de gestion locative",
     "Résidence du Pont de Pierre, avenue des Peupliers", kChantepie, Place::commune,
     "logement social", false},
    {"social_landlord", "Espacil Habitat", "Ronan Le Gall", "Gardien",
     "Résidence Le Clos Paisible, rue de la Vilaine", kAcigne, Place::commune, "logement social",
     false},

    {"transport_company", "Réseau STAR (Keolis Rennes)", "Stéphanie Aubry",
     "Responsable sûreté du réseau", "Rue Jean-Marie Huchet", kRennes, Place::commune,
     "transport;partenaire", false},
    {"transport_company", "Taxis de la Vilaine", "Philippe Josse", "Artisan taxi",
     "Station de taxis, boulevard de Dézerseul", kCesson, Place::commune, "transport", true},
    {"transport_company", "Transports Le Cam", "Vanessa Le Cam", "Directrice d'exploitation",
     "ZA de la Richardière", kNoyal, Place::commune, "transport;logistique", false},

    {"private_security", "Sécurité Armor Services", "Mickaël Durand", "Chef de poste",
     "PC sécurité du centre commercial, rue de la Rigourdière", kCesson, Place::mall,
     "galerie marchande;sécurité privée", false},
    {"private_security", "Hypermarché de la Rigourdière", "Abdel Karim Saïdi",
     "Agent de prévention et de sécurité", "Rue de la Rigourdière", kCesson, Place::mall,
     "grande surface;sécurité privée", false},
    {"private_security", "Vigie Ouest Gardiennage", "Cédric Le Moal", "Gérant",
     "ZA des Champs Blancs", kCesson, Place::commune, "sécurité privée", false},

    {"education", "Collège Bourgchevreuil", "Valérie Perrin", "Principale", "Rue du Bourgchevreuil",
     kCesson, Place::commune, "établissement scolaire", false},
    {"education", "Lycée Sévigné", "François Nédélec", "Proviseur", "Rue de la Chalotais", kCesson,
     Place::commune, "établissement scolaire", false},
    {"education", "École élémentaire Beausoleil", "Catherine Riou", "Directrice",
     "Rue de Beausoleil", kCesson, Place::commune, "établissement scolaire", false},
    {"education", "Collège Paul Émile Victor", "Thierry Méheust", "Principal adjoint",
     "Rue de la Motte", kThorigne, Place::commune, "établissement scolaire", false},
    {"education", "École publique Les Loupiots", "Aurélie Robin", "Directrice", "Rue des Écoles",
     kAcigne, Place::commune, "établissement scolaire", false},

    {"farmer", "GAEC de la Ville-Aubert", "Joseph Chevalier", "Exploitant agricole",
     "Lieu-dit La Ville-Aubert", kBrece, Place::commune, "agriculture;isolé", true},
    {"farmer", "EARL du Champ Fleuri", "Nathalie Bouvier", "Maraîchère", "Lieu-dit Le Champ Fleuri",
     kServon, Place::commune, "agriculture;vente directe", true},
    {"farmer", "Ferme de la Touche", "Pierre-Yves Lemée", "Éleveur laitier", "Lieu-dit La Touche",
     kAcigne, Place::commune, "agriculture;isolé", true},

    {"business", "Garage Automobiles de l'Est", "Franck Bellec", "Gérant", "ZA de la Rigourdière",
     kCesson, Place::commune, "zone d'activité", false},
    {"business", "Logistique Vilaine Distribution", "Éric Carré", "Responsable de site",
     "ZA de la Richardière", kNoyal, Place::commune, "zone d'activité;logistique", false},
    {"business", "BTP Gicquel et Fils", "Anthony Gicquel", "Conducteur de travaux",
     "ZA du Bois de Soeuvres", kChantepie, Place::commune, "zone d'activité;chantier", false},
    {"business", "Bureau de poste de Cesson-Sévigné", "Maud Lefeuvre", "Responsable de bureau",
     "Place de Waltenhofen", kCesson, Place::commune, "centre-bourg", false},
    {"business", "Agence bancaire Crédit de l'Ouest", "Julien Tessier", "Directeur d'agence",
     "14 rue de Rennes", kCesson, Place::commune, "centre-bourg;commerce sensible", false},

    {"association", "Union des commerçants de la Rigourdière", "Karine Le Borgne", "Présidente",
     "Galerie marchande, rue de la Rigourdière", kCesson, Place::mall,
     "galerie marchande;association", true},
    {"association", "Comité des fêtes de Thorigné-Fouillard", "Gilles Bertho", "Président",
     "Salle polyvalente, rue de Rennes", kThorigne, Place::commune, "association;fêtes", false},
    {"association", "Cesson Sport Vilaine", "Damien Guérin", "Secrétaire",
     "Complexe sportif du Bourgchevreuil", kCesson, Place::commune, "association;sport", false},
    {"association", "Participation citoyenne du Champ Fleuri", "Monique Lebrun",
     "Référente participation citoyenne", "Allée du Champ Fleuri", kServon, Place::commune,
     "participation citoyenne", true},

    {"health_professional", "Cabinet médical des Peupliers", "Dr Alain Le Floch",
     "Médecin généraliste", "2 rue des Peupliers", kChantepie, Place::commune, "santé", false},
    {"health_professional", "Pharmacie du Bourg", "Élodie Mahé", "Pharmacienne",
     "5 place du Calvaire", kAcigne, Place::commune, "santé;commerce sensible", true},
    {"health_professional", "Cabinet infirmier de la Vilaine", "Samuel Rouxel", "Infirmier libéral",
     "8 rue de la Vilaine", kNoyal, Place::commune, "santé", false},
    {"health_professional", "Clinique vétérinaire des Longs Champs", "Dr Laure Dupuis",
     "Vétérinaire", "Rue des Longs Champs", kThorigne, Place::commune, "santé", false},

    {"resident", "", "Jacqueline Hervé", "Riveraine", "Rue de la Fontaine", kCesson, Place::commune,
     "riverain;voisins", true},
    {"resident", "", "Gérard Le Corre", "Retraité, ancien maire adjoint", "Chemin du Moulin",
     kBrece, Place::commune, "riverain", true},
    {"resident", "", "Amandine Roche", "Riveraine du centre commercial", "Rue de la Rigourdière",
     kCesson, Place::commune, "riverain;bruit", false},
    {"resident", "", "Youssef Amrani", "Riverain", "Allée des Tilleuls", kChantepie, Place::commune,
     "riverain", false},
    {"resident", "", "Odile Guillemot", "Riveraine", "Rue du Stade", kServon, Place::commune,
     "riverain;voisins", true},

    {"other", "Paroisse Saint-Martin", "Père Hervé Le Dantec", "Curé", "Place de l'Église", kCesson,
     Place::commune, "culte", false},
    {"other", "Médiathèque de Noyal-sur-Vilaine", "Sandrine Bazin", "Responsable",
     "Rue de la Motte", kNoyal, Place::commune, "équipement public", false},
}};

struct TopicNote {
    const char* topic;
    const char* action;  // the usual action for this topic
    const char* note;
};

// What a conversation is about, with the note a gendarme would write.
constexpr std::array<TopicNote, 18> kNotes = {{
    {"shoplifting", "secope",
     "Deux vols à l'étalage cette semaine (produits de beauté), auteurs mineurs repérés en fin "
     "d'après-midi. Conseils sur le placement en caisse et l'appel au 17 pendant les faits."},
    {"shoplifting", "prevention_advice",
     "Vol de coques de téléphone samedi vers 16 h, auteur parti vers l'arrêt de bus. Images de "
     "vidéoprotection conservées ; dépôt de plainte conseillé à la brigade."},
    {"burglary", "otv",
     "Inquiétude après deux cambriolages de pavillons dans le quartier. Opération Tranquillité "
     "Vacances expliquée, inscription faite pour les vacances de Noël."},
    {"burglary", "stop_cambriolages",
     "Tentative d'effraction sur la porte de service la nuit dernière, traces de pied-de-biche. "
     "Application Stop Cambriolages présentée, conseils de verrouillage."},
    {"neighbourhood_disturbance", "prevention_advice",
     "Regroupements bruyants le soir sur le parking de la galerie après la fermeture, canettes "
     "et musique. Passages de patrouille en soirée proposés."},
    {"neighbourhood_disturbance", "citizen_participation",
     "Rodéos de deux-roues signalés le dimanche sur le chemin de halage. Point avec la police "
     "municipale ; dispositif de participation citoyenne rappelé."},
    {"incivility", "prevention_advice",
     "Dépôts sauvages récurrents derrière la salle polyvalente. La mairie a été prévenue ; "
     "conseil de signaler chaque dépôt avec photo."},
    {"incivility", "documentation",
     "Tags sur le mur du local technique. Dépliant sur le dépôt de plainte remis, nettoyage prévu "
     "par les services techniques."},
    {"drugs", "referral",
     "Odeur de cannabis et allées et venues répétées dans la cage d'escalier B en soirée. "
     "Renseignement transmis à la brigade ; pas de nom cité."},
    {"road_safety", "prevention_advice",
     "Vitesse excessive à la sortie de l'école aux heures d'entrée et de sortie. Contrôle de "
     "vitesse à programmer avec la police municipale."},
    {"road_safety", "documentation",
     "Stationnement gênant des cars de transport scolaire devant la boulangerie le matin. "
     "Rappel des règles fait au chauffeur présent."},
    {"violence", "referral",
     "Altercation verbale entre deux clients la semaine dernière, menaces envers la caissière. "
     "Orientée vers le dépôt de plainte et l'aide aux victimes."},
    {"scam_cyber", "prevention_advice",
     "Tentative d'escroquerie au faux conseiller bancaire chez une cliente âgée. Conseils de "
     "prudence donnés ; affiche de prévention laissée en boutique."},
    {"scam_cyber", "brigade_numerique",
     "Faux SMS de livraison reçus par plusieurs commerçants. Brigade numérique présentée pour les "
     "questions du quotidien, signalement sur la plateforme dédiée rappelé."},
    {"services_to_residents", "sms_alert",
     "Présentation de l'alerte SMS de la gendarmerie aux commerçants ; inscription faite avec le "
     "numéro de la boutique."},
    {"services_to_residents", "brigade_numerique",
     "Questions sur les démarches de procuration de vote et les horaires d'accueil de la brigade. "
     "Brigade numérique présentée."},
    {"video_protection", "secope",
     "Projet d'extension de la vidéoprotection de la galerie. Conseils sur l'orientation des "
     "caméras et la durée de conservation des images."},
    {"prevention", "secope",
     "Sensibilisation à la sûreté du commerce (SECOPE) : fermeture en fin de journée, transport "
     "des fonds, comportements à adopter en cas de braquage."},
}};

struct FollowUpSeed {
    const char* summary;
};
constexpr std::array<FollowUpSeed, 8> kFollowUps = {{
    {"Bruit nocturne répété derrière la galerie : passages de nuit et point avec la police "
     "municipale"},
    {"Vols à l'étalage en fin d'après-midi : présence en tenue le mercredi et le samedi"},
    {"Rodéos sur le chemin de halage : point avec la mairie sur des aménagements"},
    {"Vitesse devant l'école : contrôle à programmer avec la police municipale"},
    {"Trafic présumé dans la résidence : transmettre au groupe de recherches"},
    {"Dépôts sauvages : rencontrer le service propreté de la mairie"},
    {"Audit de sûreté de la bijouterie demandé par le commerçant"},
    {"Escroqueries aux personnes âgées : réunion de prévention au club des aînés"},
}};

struct DemoUser {
    const char* username;
    const char* display_name;
    Role role;
};
constexpr std::array<DemoUser, 4> kUsers = {{
    {"maj.kerleau", "Major Yann Kerleau", Role::supervisor},
    {"mdl.rivoal", "Maréchal des logis-chef Thomas Rivoal", Role::patrol},
    {"gnd.tanguy", "Gendarme Léa Tanguy", Role::patrol},
    {"gnd.benali", "Gendarme Karim Benali", Role::patrol},
}};

std::string random_password() {
    static constexpr char kAlphabet[] = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    unsigned char bytes[16];
    if (!random_bytes(bytes, sizeof bytes)) {
        return {};
    }
    std::string out;
    for (unsigned char b : bytes) {
        out += kAlphabet[b % (sizeof kAlphabet - 1)];
    }
    return out;
}

std::vector<std::string> split_tags(const char* tags) {
    std::vector<std::string> out;
    std::string current;
    for (const char* p = tags; *p != '\0'; ++p) {
        if (*p == ';') {
            out.push_back(current);
            current.clear();
        } else {
            current += *p;
        }
    }
    if (!current.empty()) {
        out.push_back(current);
    }
    return out;
}

std::string email_of(const ContactSeed& c, std::size_t i) {
    if (i % 3 != 0 || std::string_view(c.organisation).empty()) {
        return {};
    }
    return "contact" + std::to_string(i) + "@demo-ronde.example";
}

std::string phone_of(std::size_t i, bool mobile) {
    const int n = static_cast<int>(i) * 37 % 100;
    char buf[32];
    std::snprintf(buf, sizeof buf, mobile ? "06 39 98 %02d %02d" : "02 61 91 %02d %02d",
                  static_cast<int>(i % 100), n);
    return buf;
}

// The seeding run: one device per account, an HLC per device, a simulated
// time that moves forward through five weeks.
class Seeder {
public:
    Seeder(Store& store, std::ostream& err, std::int64_t now)
        : store_(store),
          err_(err),
          auth_(store, AuthConfig{}, &system_millis),
          sync_(store, SyncConfig{}, &system_millis),
          ids_([this] { return sim_ms_; }, 35510),
          rng_(35510) {
        sim_ms_ = now - 37 * kDay;  // the devices were enrolled before the first record
        enrolled_ms_ = sim_ms_;
    }

    AuthService& auth() { return auth_; }

    void add_account(const User& u, std::string password) {
        Account a;
        a.who = Principal{u.id, u.unit_id, ids_.next(), u.username, u.role};
        a.password = std::move(password);
        a.clock = std::make_unique<HybridLogicalClock>(node_from_uuid(a.who.device_id),
                                                       [this] { return sim_ms_; });
        accounts_.push_back(std::move(a));
    }

    // Returns false (after printing why) when a change was not applied.
    bool run(std::int64_t now) {
        // The Monday (00:00 UTC) about five weeks ago; 1970-01-01 was a
        // Thursday.
        const std::int64_t first_day = (now - 36 * kDay) / kDay;
        const std::int64_t first_monday = (first_day - (first_day + 3) % 7) * kDay;
        sim_ms_ = first_monday + 7 * kHour;
        if (!seed_contacts()) {
            return false;
        }
        // Three outings a week until today, in time order: the shopping
        // centre on Wednesday afternoon, a bike patrol on Friday afternoon,
        // the Saturday market in the morning (times in UTC).
        int follow_ups = 0;
        for (int week = 0; week < 6; ++week) {
            const std::int64_t monday = first_monday + week * 7 * kDay;
            for (int outing : {1, 2, 0}) {
                const std::int64_t begin = outing == 1   ? monday + 2 * kDay + 13 * kHour
                                           : outing == 2 ? monday + 4 * kDay + 13 * kHour
                                                         : monday + 5 * kDay + 8 * kHour;
                if (begin + 4 * kHour > now) {
                    continue;
                }
                if (!seed_outing(week, outing, begin, follow_ups)) {
                    return false;
                }
            }
        }
        return close_some_follow_ups(now) && seed_conflict(now);
    }

    // The patrols' tablets, as the commander's team screen shows them:
    // enrolled and signed in (a login, as the app does), last seen when
    // they last pushed.
    bool enroll_tablets() {
        static constexpr std::array kNames = {"Tablette patrouille 1", "Tablette patrouille 2",
                                              "Tablette VTT"};
        for (std::size_t i = 1; i < accounts_.size() && i <= kNames.size(); ++i) {
            Account& a = accounts_[i];
            auto enrolled = auth_.login(LoginInput{a.who.username, a.password, a.who.device_id,
                                                   kNames[i - 1], "127.0.0.1"});
            if (!enrolled) {
                err_ << "ronde-server demo-seed: enrolling a tablet: " << enrolled.error().message
                     << "\n";
                return false;
            }
            // Enrolled before the first record, last seen at its last push.
            auto tx = store_.begin_write();
            std::optional<DeviceRecord> d = tx->device_by_id(a.who.device_id);
            if (!d) {
                err_ << "ronde-server demo-seed: a tablet was not enrolled\n";
                return false;
            }
            d->device.enrolled_at = Timestamp(std::chrono::milliseconds(enrolled_ms_));
            if (a.last_push_ms > 0) {
                d->device.last_seen_at = Timestamp(std::chrono::milliseconds(a.last_push_ms));
            }
            tx->put_device(*d);
            tx->commit();
        }
        return true;
    }

    int contacts = 0;
    int visits = 0;
    int patrols = 0;
    int open_follow_ups = 0;

private:
    struct Account {
        Principal who;
        std::unique_ptr<HybridLogicalClock> clock;
        std::string password;
        std::int64_t last_push_ms = 0;  // simulated time of its last push
    };
    struct SeededVisit {
        std::string id;
        Json data;
        std::size_t author;
    };

    Account& supervisor() { return accounts_[0]; }
    Account& patrol(std::size_t i) { return accounts_[1 + i % 3]; }

    double jitter(double metres) {
        std::uniform_real_distribution<double> d(-metres, metres);
        return d(rng_) / 111'000.0;
    }

    Json change(Account& a, Entity entity, const std::string& id, Json data) {
        return Json{{"entity", std::string(code(entity))},
                    {"id", id},
                    {"hlc", a.clock->now().to_string()},
                    {"deleted", false},
                    {"data", std::move(data)}};
    }

    bool push(Account& a, std::vector<Json> changes) {
        for (std::size_t offset = 0; offset < changes.size(); offset += 500) {
            const std::size_t end = std::min(changes.size(), offset + 500);
            Json body{{"protocol", kProtocolVersion},
                      {"batch_id", random_uuid_v4()},
                      {"changes", std::vector<Json>(changes.begin() + static_cast<long>(offset),
                                                    changes.begin() + static_cast<long>(end))}};
            auto text = sync_.push(a.who, body);
            a.last_push_ms = sim_ms_;
            if (!text) {
                err_ << "ronde-server demo-seed: push refused: " << text.error().message << "\n";
                return false;
            }
            auto response = decode_push_response(Json::parse(text.value()));
            if (!response) {
                err_ << "ronde-server demo-seed: unreadable push answer\n";
                return false;
            }
            for (const ChangeResult& r : response->results) {
                if (r.outcome != ChangeOutcome::applied) {
                    err_ << "ronde-server demo-seed: change " << r.id << " not applied";
                    if (r.error) {
                        err_ << ": " << r.error->code << " " << r.error->field << " "
                             << r.error->message;
                    }
                    err_ << "\n";
                    return false;
                }
            }
        }
        return true;
    }

    bool seed_contacts() {
        std::vector<std::vector<Json>> by_author(accounts_.size());
        for (std::size_t i = 0; i < kContacts.size(); ++i) {
            const ContactSeed& c = kContacts[i];
            const Commune& commune = kCommunes[static_cast<std::size_t>(c.commune)];
            double lat = commune.lat + jitter(700);
            double lon = commune.lon + jitter(1000);
            if (c.place == Place::mall) {
                lat = kMallLat + jitter(90);
                lon = kMallLon + jitter(130);
            } else if (c.place == Place::market) {
                lat = kMarketLat + jitter(40);
                lon = kMarketLon + jitter(60);
            }
            const std::size_t author = 1 + i % 3;
            Json data{
                {"category", c.category},
                {"organisation", c.organisation},
                {"person_name", c.person},
                {"role_title", c.role_title},
                {"address", std::string(c.street) + ", " + commune.postcode + " " + commune.name},
                {"commune", commune.name},
                {"position",
                 Json{{"lat", std::round(lat * 1e5) / 1e5}, {"lon", std::round(lon * 1e5) / 1e5}}},
                {"phone", phone_of(i, c.place == Place::market ||
                                          std::string_view(c.category) == "resident")},
                {"email", email_of(c, i)},
                {"sms_alert_opt_in", c.sms_alert},
                {"tags", split_tags(c.tags)}};
            if (std::string_view(c.category) == "elected_official" ||
                std::string_view(c.tags).find("référent") != std::string_view::npos ||
                c.place == Place::mall) {
                data["referent_id"] = patrol(i).who.user_id;
            }
            sim_ms_ += 7 * kMinute;
            Account& a = accounts_[author];
            const std::string id = ids_.next();
            contact_ids_.push_back(id);
            contact_places_.push_back(c.place);
            by_author[author].push_back(change(a, Entity::contact, id, std::move(data)));
        }
        for (std::size_t a = 0; a < accounts_.size(); ++a) {
            if (!by_author[a].empty() && !push(accounts_[a], std::move(by_author[a]))) {
                return false;
            }
        }
        contacts = static_cast<int>(kContacts.size());
        return true;
    }

    std::vector<std::size_t> contacts_for(int outing) {
        std::vector<std::size_t> pool;
        for (std::size_t i = 0; i < contact_ids_.size(); ++i) {
            const Place p = contact_places_[i];
            const bool fits = outing == 0   ? p == Place::market || (p == Place::commune && i < 20)
                              : outing == 1 ? p == Place::mall
                                            : p == Place::commune;
            if (fits) {
                pool.push_back(i);
            }
        }
        std::shuffle(pool.begin(), pool.end(), rng_);
        const std::size_t n = std::min<std::size_t>(pool.size(), 4 + rng_() % 4);
        pool.resize(n);
        return pool;
    }

    bool seed_outing(int week, int outing, std::int64_t begin, int& follow_ups) {
        Account& lead = patrol(static_cast<std::size_t>(week + outing));
        Account& mate = patrol(static_cast<std::size_t>(week + outing + 1));
        sim_ms_ = begin;
        const std::string patrol_id = ids_.next();
        const char* mode = outing == 2 ? "bike" : "foot";
        const char* area = outing == 0   ? "Centre-bourg de Cesson-Sévigné"
                           : outing == 1 ? kMallName
                                         : "Thorigné-Fouillard, Acigné et bords de Vilaine";
        const char* event = outing == 0   ? kMarketName
                            : outing == 1 ? "Après-midi en galerie marchande"
                                          : "Patrouille VTT";
        std::vector<Json> lead_changes;
        std::vector<Json> mate_changes;
        const std::vector<std::size_t> met = contacts_for(outing);
        std::int64_t t = begin + 15 * kMinute;
        for (std::size_t k = 0; k < met.size() + 1; ++k) {
            const bool anonymous = k == met.size();
            if (anonymous && week % 2 == 1) {
                break;  // an anonymous resident every other week
            }
            t += (12 + static_cast<std::int64_t>(rng_() % 14)) * kMinute;
            sim_ms_ = t;
            const TopicNote& tn = note_for(outing);
            Json topics = Json::array({tn.topic});
            if (rng_() % 3 == 0) {
                const char* second = kNotes[rng_() % kNotes.size()].topic;
                if (std::string_view(second) != tn.topic) {
                    topics.push_back(second);
                }
            }
            Json actions = Json::array({tn.action});
            if (rng_() % 4 == 0 && std::string_view(tn.action) != "sms_alert") {
                actions.push_back("sms_alert");
            }
            const unsigned mood = static_cast<unsigned>(rng_() % 10);
            const char* climate = mood < 6 ? "positive" : mood < 9 ? "neutral" : "tense";
            Json position;
            std::string place_label;
            if (anonymous) {
                position =
                    Json{{"lat", std::round((kCommunes[kCesson].lat + jitter(500)) * 1e5) / 1e5},
                         {"lon", std::round((kCommunes[kCesson].lon + jitter(500)) * 1e5) / 1e5},
                         {"accuracy_m", 12.0},
                         {"source", "gps"}};
                place_label = outing == 1 ? "Parking du centre commercial" : "Place de l'Église";
            } else {
                const ContactSeed& c = kContacts[met[k]];
                place_label = std::string_view(c.organisation).empty() ? c.person : c.organisation;
                position = contact_position(met[k]);
            }
            if (anonymous) {
                topics = Json::array({"scam_cyber", "prevention"});
                actions = Json::array({"prevention_advice"});
            }
            Json data{{"patrol_id", patrol_id},
                      {"occurred_at", format_timestamp(Timestamp{std::chrono::milliseconds{t}})},
                      {"place_label", place_label},
                      {"topics", topics},
                      {"actions", actions},
                      {"climate", climate},
                      {"note", anonymous ? std::string("Échange avec une riveraine croisée sur la "
                                                       "place, inquiète des démarchages à "
                                                       "domicile. Conseils de prudence donnés.")
                                         : std::string(tn.note)},
                      {"follow_up", Json{{"needed", false}}}};
            if (!anonymous) {
                data["contact_id"] = contact_ids_[met[k]];
            }
            data["position"] = position;
            const bool needs_follow_up = !anonymous && (k == 1) &&
                                         follow_ups < static_cast<int>(kFollowUps.size()) &&
                                         (week + outing) % 2 == 0;
            const std::size_t author_ix = k % 2;
            Account& author = author_ix == 0 ? lead : mate;
            if (needs_follow_up) {
                Json due = format_date(std::chrono::floor<std::chrono::days>(
                    Timestamp{std::chrono::milliseconds{t + 14 * kDay}}));
                data["follow_up"] =
                    Json{{"needed", true},
                         {"summary", kFollowUps[static_cast<std::size_t>(follow_ups)].summary},
                         {"due_date", due},
                         {"assignee_id", (author_ix == 0 ? mate : lead).who.user_id},
                         {"status", "open"}};
                ++follow_ups;
                ++open_follow_ups;
            }
            const std::string visit_id = ids_.next();
            if (needs_follow_up) {
                follow_up_visits_.push_back(
                    SeededVisit{visit_id, data, author_ix == 0 ? index_of(lead) : index_of(mate)});
            }
            (author_ix == 0 ? lead_changes : mate_changes)
                .push_back(change(author, Entity::visit, visit_id, std::move(data)));
            ++visits;
        }
        sim_ms_ = t + 30 * kMinute;
        Json patrol_data{
            {"mode", mode},
            {"started_at", format_timestamp(Timestamp{std::chrono::milliseconds{begin}})},
            {"ended_at", format_timestamp(Timestamp{std::chrono::milliseconds{sim_ms_}})},
            {"members", Json::array({lead.who.user_id, mate.who.user_id})},
            {"area_label", area},
            {"event_label", event},
            {"notes", outing == 0   ? "Affluence normale sur le marché, commerçants rencontrés."
                      : outing == 1 ? "Présence en galerie marchande, point avec la sécurité."
                                    : "Boucle VTT par les bords de Vilaine et les lotissements."}};
        lead_changes.insert(lead_changes.begin(),
                            change(lead, Entity::patrol, patrol_id, std::move(patrol_data)));
        ++patrols;
        return push(lead, std::move(lead_changes)) &&
               (mate_changes.empty() || push(mate, std::move(mate_changes)));
    }

    // A note that fits the place: the shopping centre, the market, or the
    // streets and hamlets of the bike patrol.
    const TopicNote& note_for(int outing) {
        static constexpr std::array<std::size_t, 9> kMall = {0, 1, 4, 11, 12, 13, 14, 16, 17};
        static constexpr std::array<std::size_t, 7> kMarket = {0, 2, 7, 10, 12, 14, 15};
        static constexpr std::array<std::size_t, 8> kStreets = {2, 3, 5, 6, 8, 9, 14, 15};
        const auto pick = [this](const auto& list) { return list[rng_() % list.size()]; };
        const std::size_t i = outing == 1   ? pick(kMall)
                              : outing == 0 ? pick(kMarket)
                                            : pick(kStreets);
        return kNotes[i];
    }

    Json contact_position(std::size_t contact_ix) {
        auto tx = store_.begin_read();
        auto row = tx->record(accounts_[0].who.unit_id, Entity::contact, contact_ids_[contact_ix]);
        Json pos = Json::parse(row->data).value("position", Json());
        return Json{{"lat", pos.value("lat", 0.0)},
                    {"lon", pos.value("lon", 0.0)},
                    {"accuracy_m", 8.0},
                    {"source", "contact"}};
    }

    std::size_t index_of(const Account& a) const {
        for (std::size_t i = 0; i < accounts_.size(); ++i) {
            if (&accounts_[i] == &a) {
                return i;
            }
        }
        return 0;
    }

    // The supervisor closes the older half of the follow-ups (the follow-up
    // object only, as the protocol allows), a few days after they were
    // raised; the others stay open.
    bool close_some_follow_ups(std::int64_t now) {
        // The commander's desk pulls first, as a device does.
        for (std::int64_t since = 0;;) {
            auto page = sync_.pull(supervisor().who, since, 1000);
            if (!page) {
                err_ << "ronde-server demo-seed: pull refused: " << page.error().message << "\n";
                return false;
            }
            since = page->next_since;
            if (!page->has_more) {
                break;
            }
        }
        const std::size_t to_close = follow_up_visits_.size() / 2;
        for (std::size_t i = 0; i < to_close; ++i) {
            SeededVisit& v = follow_up_visits_[i];
            const std::int64_t occurred = parse_timestamp(v.data["occurred_at"].get<std::string>())
                                              .value()
                                              .time_since_epoch()
                                              .count();
            sim_ms_ = std::min(now - kHour, occurred + 5 * kDay);
            Json data = v.data;
            data["follow_up"]["status"] = "done";
            data["follow_up"]["closed_at"] =
                format_timestamp(Timestamp{std::chrono::milliseconds{sim_ms_}});
            data["follow_up"]["closed_by"] = supervisor().who.user_id;
            if (!push(supervisor(), {change(supervisor(), Entity::visit, v.id, std::move(data))})) {
                return false;
            }
            --open_follow_ups;
        }
        return true;
    }

    // A real conflict for the supervisor's review: this morning two patrols
    // corrected the phone of the same shop, one of them offline; the
    // correction stamped later wins and the other goes to the conflict log
    // (PROTOCOL.md §7.6). The first contact is patrol(0)'s own, so that its
    // correction is no conflict by itself.
    bool seed_conflict(std::int64_t now) {
        const std::string& id = contact_ids_.at(0);
        const auto stamp = [](std::int64_t wall_ms, const Account& a) {
            return HlcStamp{wall_ms, 0, node_from_uuid(a.who.device_id)}.to_string();
        };
        const auto phone_change = [&](const Account& a, std::int64_t wall_ms, const char* phone) {
            return Json{{"entity", "contact"},
                        {"id", id},
                        {"hlc", stamp(wall_ms, a)},
                        {"deleted", false},
                        {"data", {{"phone", phone}}}};
        };
        const std::int64_t morning = now - 3 * kHour;
        return push(patrol(0), {phone_change(patrol(0), morning, "02 61 91 00 10")}) &&
               push(patrol(1),
                    {phone_change(patrol(1), morning - 20 * 60 * 1000, "02 61 91 00 01")});
    }

    Store& store_;
    std::ostream& err_;
    AuthService auth_;
    SyncService sync_;
    std::int64_t sim_ms_ = 0;
    std::int64_t enrolled_ms_ = 0;
    UuidV7Generator ids_;
    std::mt19937_64 rng_;
    std::vector<Account> accounts_;
    std::vector<std::string> contact_ids_;
    std::vector<Place> contact_places_;
    std::vector<SeededVisit> follow_up_visits_;
};

}  // namespace

int run_demo_seed(const Args& args, std::ostream& out, std::ostream& err) {
    cli::ParsedFlags flags;
    if (auto code = cli::parse_flags("demo-seed", kDemoSeedUsage, args, {"--db", "--password-file"},
                                     {"--db"}, flags, out, err)) {
        return *code;
    }
    std::string fixed_password;
    if (const std::string file = flags.get("--password-file"); !file.empty()) {
        std::ifstream in(file);
        if (!in || !std::getline(in, fixed_password)) {
            err << "ronde-server demo-seed: cannot read a password from " << file << "\n";
            return 1;
        }
        if (!fixed_password.empty() && fixed_password.back() == '\r') {
            fixed_password.pop_back();
        }
    } else if (const char* env = std::getenv("RONDE_DEMO_PASSWORD"); env != nullptr) {
        fixed_password = env;
    }
    const bool fixed = !fixed_password.empty();

    std::unique_ptr<Store> store;
    try {
        store = open_sqlite_store(flags.get("--db"));
    } catch (const std::exception& e) {
        err << "ronde-server demo-seed: " << e.what() << "\n";
        return 1;
    }
    {
        auto tx = store->begin_read();
        if (tx->unit_by_code(kUnitCode)) {
            err << "ronde-server demo-seed: the demo unit " << kUnitCode
                << " already exists in this database\n";
            return 1;
        }
    }
    const std::int64_t now = system_millis();
    Seeder seeder(*store, err, now);
    auto unit = seeder.auth().create_unit(kUnitCode, kUnitName);
    if (!unit) {
        err << "ronde-server demo-seed: " << unit.error().message << "\n";
        return 1;
    }
    std::vector<std::pair<std::string, std::string>> credentials;
    for (const DemoUser& u : kUsers) {
        const std::string password = fixed ? fixed_password : random_password();
        auto user =
            seeder.auth().create_user(kUnitCode, u.username, u.display_name, u.role, password);
        if (!user) {
            err << "ronde-server demo-seed: " << u.username << ": " << user.error().message << "\n";
            return 1;
        }
        seeder.add_account(user.value(), password);
        credentials.emplace_back(std::string(u.username) + " (" + std::string(code(u.role)) + ")",
                                 password);
    }
    if (!seeder.run(now) || !seeder.enroll_tablets()) {
        return 1;
    }
    out << "demo unit " << kUnitCode << " created: " << kUnitName << "\n"
        << "  " << seeder.contacts << " contacts, " << seeder.patrols << " patrols, "
        << seeder.visits << " visits, " << seeder.open_follow_ups << " open follow-ups\n"
        << "accounts" << (fixed ? " (password as given)" : " (passwords shown once: note them)")
        << ":\n";
    for (const auto& [who, password] : credentials) {
        out << "  " << who << "  " << (fixed ? std::string("********") : password) << "\n";
    }
    return 0;
}

}  // namespace ronde::server
