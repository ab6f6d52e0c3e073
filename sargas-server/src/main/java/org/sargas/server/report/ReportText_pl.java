package org.sargas.server.report;

import java.util.ListResourceBundle;

/** The words of the HTML incident report in Polish (keys as {@link ReportText}). */
public final class ReportText_pl extends ListResourceBundle {
  @Override
  protected Object[][] getContents() {
    return new Object[][] {
      {"lang", "pl"},
      {"datetime.pattern", "dd.MM.yyyy HH:mm:ss 'UTC'"},
      {"title", "Incydent {0}"},
      {"heading", "Naruszenie przestrzeni powietrznej {0}"},
      {"summary.entered", "Obiekt {0} wleciał do {1} {2}"},
      {"summary.enteredFrom", "Obiekt {0} wleciał do {1} od strony {3} {2}"},
      {"summary.stillInside", " (nadal wewnątrz)"},
      {"summary.left", ", wyleciał {0}"},
      {"summary.depth", "; maksymalna głębokość {0} m (95 %: {1}–{2} m)."},
      {"map", "Mapa"},
      {
        "map.note",
        "Zacieniowane koła: niepewność położenia obiektu w poziomie (2σ). Czas podano w UTC."
      },
      {"timeline", "Przebieg w czasie"},
      {"facts", "Fakty"},
      {"marker.entry", "wejście"},
      {"marker.exit", "wyjście"},
      {"marker.maxDepth", "maks. głębokość {0} m"},
      {"mark.firstPoint", "pierwszy punkt obiektu"},
      {"mark.entry", "wejście"},
      {"mark.maxDepth", "maks. głębokość"},
      {"mark.exit", "wyjście"},
      {"mark.lastPoint", "ostatni punkt obiektu"},
      {"fact.violationId", "Naruszenie"},
      {"fact.trackId", "Obiekt"},
      {"fact.zone", "Strefa"},
      {"fact.zoneKind", "Rodzaj strefy"},
      {"fact.entryTime", "Czas wejścia"},
      {"fact.entryTimeS", "Czas wejścia (s od 1970, UTC)"},
      {"fact.entryLat", "Szerokość wejścia (°)"},
      {"fact.entryLon", "Długość wejścia (°)"},
      {"fact.exitTime", "Czas wyjścia"},
      {"fact.exitTimeS", "Czas wyjścia (s od 1970, UTC)"},
      {"fact.exitLat", "Szerokość wyjścia (°)"},
      {"fact.exitLon", "Długość wyjścia (°)"},
      {"fact.durationS", "Czas trwania (s)"},
      {"fact.maxDepthM", "Maksymalna głębokość (m)"},
      {"fact.maxDepthTime", "Czas maksymalnej głębokości"},
      {"fact.maxDepthTimeS", "Czas maksymalnej głębokości (s od 1970, UTC)"},
      {"fact.maxDepthLat", "Szerokość maksymalnej głębokości (°)"},
      {"fact.maxDepthLon", "Długość maksymalnej głębokości (°)"},
      {"fact.maxDepthLow95M", "Maksymalna głębokość, dolna granica 95 % (m)"},
      {"fact.maxDepthHigh95M", "Maksymalna głębokość, górna granica 95 % (m)"},
      {"fact.originCountry", "Przyleciał z"},
      {"fact.exitCountry", "Odleciał do"},
      {"fact.probability", "Prawdopodobieństwo"},
      {"fact.status", "Status"},
      {"fact.identity", "Przynależność (STANAG 1241) w chwili wejścia"},
      {"fact.identityReasons", "Kryteria identyfikacji"},
      {"fact.identitySetBy", "Przynależność ustawił operator"},
      {"fact.identitySetAt", "Przynależność ustawiono"},
      {
        "identity.note",
        "Przynależność jest identyfikacją według kryteriów węzła (lub operatora), a nie zgodą na zwalczanie."
      },
      {"identity.PENDING", "oczekujący"},
      {"identity.UNKNOWN", "nieznany"},
      {"identity.ASSUMED_FRIEND", "przypuszczalnie własny"},
      {"identity.FRIEND", "własny"},
      {"identity.NEUTRAL", "neutralny"},
      {"identity.SUSPECT", "podejrzany"},
      {"identity.HOSTILE", "wrogi"},
      {"identity.JOKER", "joker"},
      {"identity.FAKER", "faker"},
      {"fact.trackPoints", "Punkty obiektu"},
      {"fact.entryTimeLow95", "Czas wejścia, przedział 95 % od"},
      {"fact.entryTimeHigh95", "Czas wejścia, przedział 95 % do"},
      {"fact.exitTimeLow95", "Czas wyjścia, przedział 95 % od"},
      {"fact.exitTimeHigh95", "Czas wyjścia, przedział 95 % do"},
      {"fact.basis", "Wartości zmierzono na"},
      {"basis.FILTERED", "torze filtrowanym (w czasie rzeczywistym)"},
      {"basis.SMOOTHED", "torze wygładzonym (Rauch–Tung–Striebel ze stałym opóźnieniem)"},
      {
        "map.paths",
        "Ciągła czerwona: tor filtrowany (w czasie rzeczywistym). Przerywana niebieska: tor wygładzony. Wartości zmierzono na {0}."
      },
      {"status.CONFIRMED", "potwierdzone"},
      {"status.POSSIBLE", "możliwe"},
      {
        "footer",
        "Wygenerowane przez Sargas z magazynu incydentów węzła. Pakiet dowodowy: <code>sargas evidence export</code>."
      },
    };
  }
}
