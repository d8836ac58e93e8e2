#include "ronde/store/text_fold.hpp"
#include "ronde/store/geo.hpp"

#include <catch2/catch.hpp>

using ronde::store::fold_for_search;

TEST_CASE("folding lowercases and strips French accents") {
    CHECK(fold_for_search("Élodie Lefèvre") == "elodie lefevre");
    CHECK(fold_for_search("ÉCOLE À CÔTÉ DE L'ÎLE") == "ecole a cote de l'ile");
    CHECK(fold_for_search("Œuvre, cœur, Æsop, Noël, Ça, straße") ==
          "oeuvre, coeur, aesop, noel, ca, strasse");
    CHECK(fold_for_search("Łódź Dvořák Čech") == "lodz dvorak cech");
    CHECK(fold_for_search("l’Hôtel") == "l'hotel");
    CHECK(fold_for_search("E\xcc\x81lodie") == "elodie");  // decomposed É
}

TEST_CASE("folding keeps other characters and bytes as they are") {
    CHECK(fold_for_search("") == "");
    CHECK(fold_for_search("35510 × 2 ÷ €") == "35510 × 2 ÷ €");
    CHECK(fold_for_search("Ωμέγα") == "Ωμέγα");
    CHECK(fold_for_search("bad \xff byte") == "bad \xff byte");
}

TEST_CASE("haversine distances") {
    using ronde::store::haversine_m;
    CHECK(haversine_m(48.0, -1.0, 48.0, -1.0) == 0);
    // Paris - Rennes, about 308 km.
    CHECK(haversine_m(48.8566, 2.3522, 48.1173, -1.6778) == Approx(308'000).epsilon(0.01));
}
