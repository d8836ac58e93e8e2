<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Nouveau compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau mot de passe pour %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le gendarme se connecte avec cet identifiant et ce mot de passe provisoire, que vous lui remettez en main propre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ancien mot de passe ne fonctionnera plus. Les appareils déjà connectés le restent ; révoquez-les s&apos;ils sont perdus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade, prénom et nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gendarme Léa Tanguy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant de connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l.tanguy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commandement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe provisoire (8 caractères au moins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le même, une seconde fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer le compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte « %1 » créé. Remettez son mot de passe provisoire en main propre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe de %1 changé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccuracyIndicator</name>
    <message>
        <source>Position manuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position GPS ancienne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChosenContactCard</name>
    <message>
        <source>Changer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Même chose que la dernière fois : sujets, actions et climat repris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Même chose que la dernière fois</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmDialog</name>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictCard</name>
    <message>
        <source>%1 · tranché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur retenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur écartée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garder cette valeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champ : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · rien à trancher</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <source>Conflits de modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun conflit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quand deux gendarmes modifient la même fiche hors réseau, la valeur écartée apparaît ici : vous choisissez celle à garder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactChooser</name>
    <message>
        <source>Rechercher dans le registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher : nom, commerce, adresse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun contact ne correspond : créez une fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+ Nouvelle fiche de contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habitant anonyme (sans fiche)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDeleteCard</name>
    <message>
        <source>Supprimer « %1 » du registre ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une fiche en double ou erronée peut être supprimée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elle disparaîtra aussi des autres appareils de l&apos;unité à la prochaine synchronisation. Les échanges déjà notés sont conservés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la fiche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactEditPage</name>
    <message>
        <source>Modifier la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fiche supprimée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactIdentityFields</name>
    <message>
        <source>Qui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne rencontrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Mme Lefèvre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. gérante, maire, directeur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer la catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>commerce, mairie, entreprise…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>Noter un échange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique des échanges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun échange enregistré avec ce contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la fiche</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPickerPage</name>
    <message>
        <source>Registre des contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher dans le registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom, commerce, adresse, commune…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le registre se remplit à la synchronisation et quand vous créez une fiche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifiez l&apos;orthographe, ou créez la fiche depuis « Nouveau contact ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registre vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun contact ne correspond</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPlaceFields</name>
    <message>
        <source>Où</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position sur la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune position enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utiliser ma position actuelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position actuelle : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactReachFields</name>
    <message>
        <source>Joindre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 06 12 34 56 78</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. nom@exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrit aux alertes SMS</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactSection</name>
    <message>
        <source>Avec qui ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactUnitFields</name>
    <message>
        <source>Suivi par l&apos;unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Je suis le référent de ce contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous remplacerez le référent actuel, un autre gendarme de l&apos;unité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un autre gendarme de l&apos;unité est le référent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIRET (entreprises, facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mots-clés, séparés par des virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. marché du samedi, galerie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de données sensibles : santé, origine, opinions, religion, vie privée, infractions reprochées à une personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Horaires, accès, habitudes utiles à la patrouille</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactsToMaintainPage</name>
    <message>
        <source>Contacts à entretenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chaque contact de ces critères a été vu pendant la période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun contact à entretenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts à afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suivis ouverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contacts à entretenir (90 jours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites par semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par sujet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par catégorie de contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun suivi ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau des suivis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non attribué</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivis ouverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les contacts ont été vus ces 90 derniers jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les contacts à entretenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts à entretenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · référent : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>visites sur la période</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceRow</name>
    <message>
        <source>Révoquer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeviceSettings</name>
    <message>
        <source>Sécurité et appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verrouiller après une inactivité de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai de verrouillage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par exemple : Tablette 2 BTA Cesson</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer le code PIN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Erreur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>le nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le résumé du suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;échéance du suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;adresse e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le SIRET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le secteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;évènement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les sujets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez au moins l&apos;organisme ou le nom de la personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décrivez en une phrase le suivi à faire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un champ obligatoire est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renseignez %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le suivi est incomplet : vérifiez le résumé et l&apos;échéance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte est trop long : 4 000 caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse est trop longue : 400 caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un texte est trop long : 200 caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le champ « %1 » est trop long : 200 caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numéro de téléphone n&apos;est pas un numéro français (ex. 06 12 34 56 78).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse e-mail n&apos;est pas valable (ex. nom@exemple.fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le SIRET doit compter 14 chiffres valides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une valeur saisie contient des caractères non permis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le champ « %1 » contient des caractères non permis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une même valeur est choisie deux fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La position est hors limites : corrigez-la ou saisissez-la à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fin de la patrouille précède son début : vérifiez l&apos;heure de l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une date ou une valeur est hors limites : vérifiez l&apos;heure de l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop d&apos;éléments dans la liste (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une donnée de l&apos;application est incohérente : réessayez, et signalez-le si cela se reproduit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code PIN incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil n&apos;est pas encore inscrit : connectez-vous une fois au serveur de l&apos;unité pour pouvoir enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus sur l&apos;appareil (supprimée ou pas encore reçue).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;application est verrouillée : saisissez votre code PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les données locales sont illisibles. Il faudra réinitialiser l&apos;appareil et synchroniser à nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le chiffrement des données locales n&apos;est pas disponible sur cet appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les données locales viennent d&apos;une version plus récente de Ronde : mettez l&apos;application à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;appareil n&apos;a pas pu écrire ses données (mémoire pleine ?). Libérez de la place et réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les données locales appartiennent à un autre appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de réseau : vos saisies restent sur l&apos;appareil et partiront à la prochaine connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur a refusé cet appareil : reconnectez-vous ou contactez votre commandant d&apos;unité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur utilise une autre version de Ronde : mettez l&apos;application à jour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une erreur inattendue est survenue. Réessayez ; si elle persiste, signalez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion non chiffrée refusée : utilisez une adresse https://, ou autorisez le HTTP non chiffré dans les réglages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant ou mot de passe incorrect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop de tentatives de connexion : patientez quelques minutes avant de réessayer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre session a expiré : reconnectez-vous pour synchroniser. Vos saisies restent sur l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre compte n&apos;a pas accès à cette opération : contactez votre commandant d&apos;unité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur n&apos;est pas valable (ex. https://ronde.exemple.fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La réponse du serveur est illisible : réessayez plus tard ; si cela persiste, signalez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des saisies du compte %1 ne sont pas encore envoyées : reconnectez-vous d&apos;abord avec ce compte pour les envoyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seul l&apos;auteur de cette fiche peut la modifier : votre modification a été refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;heure de l&apos;appareil est trop décalée : corrigez-la dans les réglages du téléphone, puis refaites la saisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche a été supprimée entre-temps : votre modification n&apos;a pas été reprise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche est trop volumineuse pour être envoyée : raccourcissez la note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur ne répond pas : vérifiez son adresse et la connexion de l&apos;appareil, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué par votre unité : contactez votre commandant d&apos;unité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil contient les données d&apos;une autre unité : connectez-vous avec un compte de cette unité, ou faites d&apos;abord effacer l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce compte a été désactivé par le commandement de l&apos;unité. Vos saisies restent sur l&apos;appareil : contactez votre commandant d&apos;unité.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportBar</name>
    <message>
        <source>Tableur CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couche GeoJSON (*.geojson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites en tableur (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites sur carte (GeoJSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts sur carte (GeoJSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les exports reprennent la période, le gendarme, le sujet et le suivi choisis (les contacts : la commune et la catégorie). Chaque export est tracé dans le journal de l&apos;unité.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpBoardPage</name>
    <message>
        <source>Suivis de l&apos;unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clore le suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clore ce suivi ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » passera en suivi clos, pour vous et pour les patrouilles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un échange marqué « suivi nécessaire » apparaît ici jusqu&apos;à sa clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun suivi ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun suivi clos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivis à afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribués à</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpCard</name>
    <message>
        <source>Attribué à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpItem</name>
    <message>
        <source>En retard : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpSection</name>
    <message>
        <source>Suivi nécessaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi à faire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Repasser un soir pour les bruits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance du suivi</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpsPage</name>
    <message>
        <source>Suivis ouverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivis à afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les miens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non attribués</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un échange marqué « suivi nécessaire » reste ici jusqu&apos;à sa clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun suivi ouvert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreshnessLegend</name>
    <message>
        <source>Légende des couleurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vu il y a moins de 30 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vu il y a 30 à 90 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas vu depuis plus de 90 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jamais visité</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreshnessRow</name>
    <message>
        <source>Référent : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de référent désigné</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts à proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les contacts du registre apparaîtront ici, du plus proche au plus éloigné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun contact connu à proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivis ouverts près de moi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un contact marqué « suivi nécessaire » reste ici jusqu&apos;à sa clôture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun suivi ouvert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commandement : tableau de bord</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeShortcuts</name>
    <message>
        <source>Registre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Ronde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewContactForm</name>
    <message>
        <source>Nouvelle fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisme (commerce, mairie, entreprise…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne rencontrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Mme Lefèvre, gérante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fiche est placée à votre position actuelle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteSection</name>
    <message>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de données sensibles : santé, origine, opinions, religion, vie privée, infractions reprochées à une personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui a été dit, en quelques mots</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PageHeader</name>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolCard</name>
    <message>
        <source>Patrouille en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune patrouille en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencez une patrouille pour y rattacher vos contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer la patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer une patrouille</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolStartPage</name>
    <message>
        <source>Commencer une patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrouille commencée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode de patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Centre commercial Grand Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Évènement (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. Marché du samedi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatrolSummaryPage</name>
    <message>
        <source>Patrouille terminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer la patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts notés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivis ouverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sujets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour à l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodChooser</name>
    <message>
        <source>Période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du (jj/mm/aaaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du jj/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au (jj/mm/aaaa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au jj/mm/aaaa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliquer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinChangePage</name>
    <message>
        <source>Code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code PIN modifié</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code PIN chiffre les données de l&apos;unité sur cet appareil. Le nouveau code doit compter %1 chiffres au moins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code PIN actuel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmez le nouveau code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffrement en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer le code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffrement en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si l&apos;application s&apos;arrête pendant le changement, l&apos;ancien ou le nouveau code ouvre les données : rien n&apos;est perdu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPage</name>
    <message>
        <source>Choix du code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déverrouillage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez votre code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde est verrouillée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il chiffre les données de l&apos;unité sur cet appareil : %1 chiffres au moins. Sans lui, elles sont illisibles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez votre code PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmez le code PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déverrouiller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionLine</name>
    <message>
        <source>Position : %1. Corriger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corriger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionPage</name>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir au GPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisir la position à la main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quand le GPS ne capte pas (sous un toit, en sous-sol), indiquez la latitude et la longitude du lieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude et longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utiliser cette position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mise à jour %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RejectedRow</name>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai compris : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai compris</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerSettings</name>
    <message>
        <source>Serveur de l&apos;unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoriser le HTTP non chiffré vers un autre appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À réserver aux essais : sans https, les données des contacts circulent en clair sur le réseau.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ronde %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clair pour le plein soleil, sombre pour la nuit ; « Auto » suit l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInPage</name>
    <message>
        <source>Connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecté : synchronisation en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnectez-vous pour reprendre la synchronisation. Vos saisies restent sur l&apos;appareil en attendant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectez-vous une fois au serveur de votre unité pour inscrire cet appareil. Ensuite, Ronde fonctionne aussi sans réseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse du serveur de l&apos;unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://ronde.exemple.fr</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de cet appareil (vu par votre commandant d&apos;unité)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablette patrouille 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion en cours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignOutDialog</name>
    <message>
        <source>Se déconnecter ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saisie(s) ne sont pas encore envoyées. Elles restent sur cet appareil et partiront à votre prochaine connexion avec ce compte.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorNav</name>
    <message>
        <source>Écrans du commandement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visites et exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts à entretenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe et appareils</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupervisorText</name>
    <message>
        <source>Patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commandement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrateur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncBadge</name>
    <message>
        <source>Synchronisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de synchro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors ligne · %1 en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 en attente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamais synchronisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation : %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion requise</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchroniser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se connecter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 à revoir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusés par le serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ces saisies n&apos;ont pas été acceptées : l&apos;appareil montre la version du serveur. Corrigez-les si besoin, puis touchez « J&apos;ai compris ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune saisie refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se déconnecter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncSummary</name>
    <message>
        <source>Synchronisation en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saisie(s) en attente d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les saisies sont envoyées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecté en tant que %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non connecté : les saisies restent sur l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <source>Équipe et appareils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Révoquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Révoquer cet appareil ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun appareil inscrit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un appareil perdu ou volé se révoque ici : il ne peut plus se synchroniser et efface ses données à sa prochaine connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« %1 » (%2) ne pourra plus se synchroniser et effacera ses données locales à sa prochaine connexion. Ses saisies non envoyées seront perdues.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareils (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appareils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ne pourra plus se connecter. Ses appareils sont déconnectés à l&apos;instant, sans effacer leurs données ; ses visites restent à son nom. Faites d&apos;abord synchroniser ses tablettes : ce qu&apos;elles n&apos;ont pas envoyé ne pourra l&apos;être qu&apos;après une réactivation du compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pourra de nouveau se connecter avec son mot de passe actuel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désactiver ce compte ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réactiver ce compte ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte de %1 désactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte de %1 réactivé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les comptes de l&apos;unité (%1). Un mot de passe oublié se remplace ici ; le compte d&apos;un gendarme qui quitte l&apos;unité se désactive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les comptes de l&apos;unité. Un mot de passe oublié se remplace ici ; le compte d&apos;un gendarme qui quitte l&apos;unité se désactive.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TodaysVisitsPage</name>
    <message>
        <source>Échanges du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les échanges notés aujourd&apos;hui apparaîtront ici.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun échange aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserRow</name>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réactiver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Désactiver</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitCapturePage</name>
    <message>
        <source>Noter un échange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échange enregistré sur l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sujets abordés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions menées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Climat de l&apos;échange</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitFilters</name>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie de contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sujet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action menée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gendarme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher dans les notes, lieux et suivis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitText</name>
    <message>
        <source>Habitant anonyme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact entretenu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En attente d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusé par le serveur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Visites de l&apos;unité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Élargissez la période ou retirez un filtre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune visite ne correspond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtres (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 premières visites, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n visite(s), %1</source>
        <translation>
            <numerusform>%n visite, %1</numerusform>
            <numerusform>%n visites, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n filtre(s)</source>
        <translation>
            <numerusform>%n filtre</numerusform>
            <numerusform>%n filtres</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomePane</name>
    <message>
        <source>Touchez un contact à proximité pour noter un échange, ou « Nouveau contact ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun contact sélectionné</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::AppSettings</name>
    <message>
        <source>Indiquez l&apos;adresse du serveur de l&apos;unité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette adresse n&apos;est pas valide. Écrivez-la sous la forme https://ronde.exemple.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse doit commencer par https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse ne doit contenir ni identifiant ni mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une connexion non chiffrée (http://) n&apos;est permise que vers cet appareil. Utilisez https://, ou autorisez le HTTP non chiffré dans les réglages.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::ContactHistoryModel</name>
    <message>
        <source>Suivi clos : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi ouvert : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::FollowUpsModel</name>
    <message>
        <source>sans échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · sans échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · en retard (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · pour %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::NearbyContactsModel</name>
    <message>
        <source>vu %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::PatrolController</name>
    <message>
        <source>depuis %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une patrouille est déjà en cours : terminez-la d&apos;abord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune patrouille en cours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::PinChangeController</name>
    <message>
        <source>Saisissez votre code PIN actuel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code PIN doit compter au moins %1 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nouveau code PIN doit être différent de l&apos;actuel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux codes PIN ne sont pas identiques.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::PositionProvider</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de positions %1 est illisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trace NMEA enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de GPS sur cet appareil : saisissez la position à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS de l&apos;appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrivez la latitude puis la longitude, par exemple 48.1193, -1.6029.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La latitude doit être comprise entre -90 et 90, la longitude entre -180 et 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 O</source>
        <comment>west</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saisie à la main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>précision inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>± %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;accès à la position est refusé : autorisez-le dans les réglages de l&apos;appareil, ou saisissez la position à la main.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La localisation est désactivée sur l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de signal GPS pour l&apos;instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le GPS ne répond pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position saisie à la main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position GPS, précision inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position GPS à ± %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche du signal GPS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS arrêté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>il y a %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière position GPS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à l&apos;instant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::RejectedRecordsModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact supprimé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite supprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrouille commencée %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrouille supprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusé %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::StoreSession</name>
    <message>
        <source>Un code PIN existe déjà sur cet appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code PIN doit compter au moins %1 chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux codes PIN ne sont pas identiques.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorClient</name>
    <message>
        <source>Toutes les communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les gendarmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur de l&apos;unité ne répond pas : vérifiez la connexion de l&apos;appareil, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectez-vous au serveur de l&apos;unité pour consulter ses données.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre session a expiré : reconnectez-vous pour consulter les données de l&apos;unité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre compte n&apos;a pas accès à cet écran : il est réservé au commandement de l&apos;unité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette fiche n&apos;existe plus sur le serveur : actualisez la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit : choisissez un autre dossier, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opération annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelqu&apos;un l&apos;a modifié entre-temps : actualisez la liste, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur est occupé : réessayez dans une minute.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorConflictsModel</name>
    <message>
        <source>Fiche entière</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(vide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrouille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifié après suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifications simultanées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact supprimé depuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visite supprimée depuis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patrouille supprimée depuis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorContactsModel</name>
    <message>
        <source>Pas vus depuis 30 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas vus depuis 90 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas vus depuis 6 mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vu il y a moins de 30 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vu il y a 30 à 90 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas vu depuis plus de 90 jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamais visité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière visite : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorDevicesModel</name>
    <message>
        <source>Compte inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jamais synchronisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernier contact : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Révoqué %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session fermée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorExport</name>
    <message>
        <source>%1 reçus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export enregistré : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorFollowUpsModel</name>
    <message>
        <source>Clos le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clos le %1 par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>échéance %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signalé %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signalé %1 par %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En retard : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorStats</name>
    <message>
        <source>S%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habitant anonyme</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorUsersModel</name>
    <message>
        <source>Jamais connecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernier contact : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun appareil</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n appareil(s) connecté(s)</source>
        <translation>
            <numerusform>%n appareil connecté</numerusform>
            <numerusform>%n appareils connectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n appareil(s)</source>
        <translation>
            <numerusform>%n appareil</numerusform>
            <numerusform>%n appareils</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, dont %n connecté(s)</source>
        <translation>
            <numerusform>, dont %n connecté</numerusform>
            <numerusform>, dont %n connectés</numerusform>
        </translation>
    </message>
    <message>
        <source>, aucun connecté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mot de passe doit compter au moins %1 caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mot de passe est trop long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux mots de passe ne sont pas identiques.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le grade, le prénom et le nom (ex. Gendarme Léa Tanguy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom est trop long : %1 caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;identifiant compte 1 à 64 lettres sans accent, chiffres, « . », « _ », « - » ou « @ » (ex. l.tanguy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le rôle du compte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet identifiant est déjà pris : choisissez-en un autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur refuse cet identifiant : lettres sans accent, chiffres, « . », « _ », « - » ou « @ ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur refuse ce nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur refuse ce mot de passe : au moins %1 caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte désactivé %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorVisitFilter</name>
    <message>
        <source>Du %1 au %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depuis le %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jusqu&apos;au %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toute la période</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les catégories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les sujets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avec ou sans suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi en cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi clos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 semaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates choisies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez deux dates au format jj/mm/aaaa (ex. 01/09/2026).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de début doit précéder la date de fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une période de dix ans au plus.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SupervisorVisitsModel</name>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>échange tendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi en cours : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi clos : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SyncController</name>
    <message>
        <source>Synchronisation terminée : %1 envoyé(s), %2 reçu(s), %3 refusé(s) par le serveur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation terminée : %1 envoyé(s), %2 reçu(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur ne répond pas correctement pour le moment : vos saisies restent sur l&apos;appareil, nouvel essai automatique dans quelques minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre session a expiré : reconnectez-vous pour synchroniser. Vos saisies restent sur l&apos;appareil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisissez votre identifiant et votre mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous êtes déconnecté de cet appareil. Le serveur n&apos;a pas pu être prévenu : votre accès y expirera de lui-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous êtes déconnecté. Les données restent sur l&apos;appareil, protégées par votre code PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet appareil a été révoqué par votre unité : ses données locales ont été effacées. Choisissez un nouveau code PIN, puis reconnectez-vous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion au serveur…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi des saisies : %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi des saisies…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réception des données de l&apos;unité : %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réception des données de l&apos;unité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déconnexion…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::SyncStatus</name>
    <message>
        <source>Jamais synchronisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisé à l&apos;instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisé il y a %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisé à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisé le %1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::VisitCaptureController</name>
    <message>
        <source>Sans échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 semaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 mois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans position : le contact sera enregistré sans lieu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPS, précision ± %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière visite %1 : %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habitant anonyme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune fiche n&apos;est créée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un contact, créez-en un, ou choisissez « Habitant anonyme ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ronde::app::format</name>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aujourd&apos;hui à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier à %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 à %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
