// The catalog's texts of the workbooks: each fixed English text of a sheet
// and its Dutch. The workbook writers ask for it through Locale::text().
#include "tariffs/reports/i18n/dutch_texts.hpp"

namespace tariffs {

const std::vector<DutchText>& dutch_workbook_texts() {
    static const std::vector<DutchText> texts{
        // the workbook
        {"Inputs", "Invoer"},
        {"Build-up", "Opbouw"},
        {"Price sheet", "Tarievenlijst"},
        {"Index", "Index"},
        {"Indexed tariffs", "Geïndexeerde tarieven"},
        {"Budgets", "Budgetten"},
        {"Key data", "Verdeelgegevens"},
        {"By {key}", "Naar {key}"},
        {"About", "Over"},
        {"Where", "Waar"},
        {"Name", "Naam"},
        {"Value", "Waarde"},
        {"As written", "Zoals geschreven"},
        {"Source", "Bron"},
        {"Rule", "Regel"},
        {"Formula", "Formule"},
        {"Note", "Opmerking"},
        {"Code", "Code"},
        {"Kind", "Soort"},
        {"Unit", "Eenheid"},
        {"Category", "Categorie"},
        {"Tariff", "Tarief"},
        {"Build-up per", "Opbouw per"},
        {"Staff cost", "Personeelskosten"},
        {"Client cost", "Cliëntgebonden kosten"},
        {"Risk", "Risico-opslag"},
        {"Tariff per build-up unit", "Tarief per opbouweenheid"},
        {"Personnel share", "Personeelsaandeel"},
        {"Provider", "Aanbieder"},
        {"Lot", "Perceel"},
        {"Year", "Jaar"},
        {"Line", "Regel"},
        {"Volume", "Volume"},
        {"Change", "Verandering"},
        {"Amount", "Bedrag"},
        {"Volume history, oldest first", "Volumes eerdere jaren, oudste eerst"},
        {"All providers", "Alle aanbieders"},
        {"Frame", "Kader"},
        {"Headroom", "Ruimte"},
        {"Over the frame", "Boven het kader"},
        {"over the frame", "boven het kader"},
        {"Municipality", "Gemeente"},
        {"Weight", "Gewicht"},
        {"Exact share", "Exact aandeel"},
        {"Cent", "Cent"},
        {"Exact premium", "Exacte premie"},
        {"Premium", "Premie"},
        {"Use", "Gebruik"},
        {"Under-use", "Onderbesteding"},
        {"Exact refund", "Exacte teruggave"},
        {"Refund", "Teruggave"},
        {"Exact deficit part", "Exact deel van het tekort"},
        {"Deficit part", "Deel van het tekort"},
        {"Product", "Product"},
        {"Row", "Rij"},
        {"moved down", "omlaag verschoven"},
        {"moved up", "omhoog verschoven"},
        {"result down", "uitkomst omlaag"},
        {"result up", "uitkomst omhoog"},
        {"step", "stap"},
        {"Budget totals", "Budgettotalen"},
        {"step in percentage points", "stap in procentpunten"},
        {"Workings", "Doorrekening"},
        {"direction", "richting"},
        {"moved value", "verschoven waarde"},
        {"exact tariff", "exact tarief"},
        {"budget change", "verandering budget"},
        {"as the model", "zoals het model"},
        {"rules computed again: name, formula", "opnieuw berekende regels: naam, formule"},
        {"Each row computes a tariff again with one input moved by the step: the moved value, the tariff, the exact "
         "tariff, the change of the year's budget, then each rule the move reaches, its name and its formula. Type "
         "the step or an input anew, and every row follows.",
         "Elke rij berekent een tarief opnieuw met één invoer verschoven met de stap: de verschoven waarde, het "
         "tarief, het exacte tarief, de verandering van het budget van het jaar, en dan elke regel die de "
         "verschuiving raakt, met naam en formule. Typ de stap of een invoer opnieuw, en elke rij volgt."},
        {"Every moved value, result and elasticity is a formula on the Workings sheet: type an input (Inputs) or the "
         "step (Workings) anew, and they follow. The rows keep the engine's order, largest swing first.",
         "Elke verschoven waarde, uitkomst en elasticiteit is een formule op het blad Doorrekening: typ een invoer "
         "(Invoer) of de stap (Doorrekening) opnieuw, en ze volgen. De rijen houden de volgorde van de rekenkern, "
         "grootste uitslag eerst."},
        {"The tariffs of {year} are indexed: these are the engine's values. The sensitivity of the base year's "
         "tariffs (without --year) is live, each result a formula on the model's sheets.",
         "De tarieven van {year} zijn geïndexeerd: dit zijn de waarden van de rekenkern. De gevoeligheid van de "
         "tarieven van het basisjaar (zonder --year) is levend, elke uitkomst een formule op de bladen van het "
         "model."},
        {"Too many rows to compute again live ({count}, at most {limit}): these are the engine's values. Ask for "
         "fewer products (tariff sensitivity MODEL CODE...) to have them live.",
         "Te veel rijen om levend opnieuw te berekenen ({count}, hoogstens {limit}): dit zijn de waarden van de "
         "rekenkern. Vraag minder producten (tariff sensitivity MODEL CODE...) om ze levend te hebben."},
        {"what", "wat"},
        {"budget", "budget"},
        {"carried forward", "doorgetrokken"},
        {"Shaded figures are carried forward, as the model's `allocation: carry_forward` says: each is a formula on "
         "the years it comes from, and its comment says how. Coloured cells are inputs.",
         "Gearceerde cijfers zijn doorgetrokken, zoals `allocation: carry_forward` van het model zegt: elk is een "
         "formule op de jaren waar het uit volgt, en de opmerking erbij zegt hoe. Gekleurde cellen zijn invoer."},
        {"Contributions by {key}", "Bijdragen naar {key}"},
        {"(reads carried figures)", "(gebruikt doorgetrokken cijfers)"},
        {"Remainder (cents) of", "Rest (centen) van"},
        {"check: {what} (0 when they add up)", "controle: {what} (0 als ze optellen)"},
        {"Σ premiums − amount to split", "Σ premies − te verdelen bedrag"},
        {"Σ amounts − amount to split", "Σ bedragen − te verdelen bedrag"},
        {"Σ refunds − pool", "Σ teruggaven − pot"},
        {"Σ deficit parts − deficit", "Σ delen van het tekort − tekort"},
        {"total use (each pays its own)", "totaal gebruik (elk betaalt het eigen gebruik)"},
        {"amount to split", "te verdelen bedrag"},
        {"total use", "totaal gebruik"},
        {"surplus (amount − use)", "overschot (bedrag − gebruik)"},
        {"deficit (use − amount)", "tekort (gebruik − bedrag)"},
        {"no-claim share", "no-claimaandeel"},
        {"Each part is its exact share rounded down to a cent (after rounding to 6 places, which absorbs the "
         "spreadsheet's binary arithmetic), plus the shaded cent: the cents left over (below the remainders, right "
         "of the checks) go one each to the largest remainders, ties to the one listed first. Every cent is a "
         "formula, so a changed figure settles them again; a check turns red if the parts ever stop adding up.",
         "Elk deel is het exacte aandeel naar beneden afgerond op een cent (na afronden op 6 decimalen, wat de "
         "binaire rekenkunde van het rekenblad opvangt), plus de gearceerde cent: de overgebleven centen (onder de "
         "resten, rechts van de controles) gaan één voor één naar de grootste resten, bij gelijke resten naar de "
         "eerste in de lijst. Elke cent is een formule, dus een gewijzigd cijfer verdeelt ze opnieuw; een controle "
         "wordt rood als de delen ooit niet meer optellen."},
        {"all products", "alle producten"},
        {"index (default weights)", "index (standaardgewichten)"},
        {"index (policy {name})", "index (beleid {name})"},
        {"the price rule uses the tariff indirectly", "de prijsregel gebruikt het tarief indirect"},
        {"Each year's tariff is the exact base-year tariff times every year's (1 + index), rounded once.",
         "Het tarief van elk jaar is het exacte tarief van het basisjaar maal (1 + index) van elk jaar, één keer "
         "afgerond."},
        {"Each year's tariff is the previous year's tariff times (1 + index), rounded: {rounding}.",
         "Het tarief van elk jaar is het tarief van het jaar ervoor maal (1 + index), afgerond: {rounding}."},
        {"A product of a named policy follows that policy (column B).",
         "Een product met een benoemd beleid volgt dat beleid (kolom B)."},
        {"tariff from the engine", "tarief uit de rekenkern"},
        {"amount = round(tariff × volume, 2); the tariffs come from the Indexed tariffs sheet, and availability is "
         "indexed like a tariff by the year's index. A base-year volume is as given or the average of its history; "
         "each later year's is the year before's times (1 + change). Coloured cells are inputs.",
         "bedrag = round(tarief × volume, 2); de tarieven komen van het blad Geïndexeerde tarieven, en "
         "beschikbaarheid wordt geïndexeerd als een tarief met de index van het jaar. Een volume van het basisjaar "
         "is zoals gegeven of het gemiddelde van eerdere jaren; dat van elk later jaar is dat van het jaar ervoor "
         "maal (1 + verandering). Gekleurde cellen zijn invoer."},
        {"Index figures and the index of each year (METHOD.md §5)", "Indexcijfers en de index van elk jaar (METHOD.md §5)"},
        {"provisional", "voorlopig"},
        {"definitive", "definitief"},
        {"index stated outright", "vastgestelde index"},
        {"policy", "beleid"},
        {"stated outright", "vastgesteld"},
        {"all products (the policy's weights)", "alle producten (de gewichten van het beleid)"},
        {"a product's own", "eigen gewichten van een product"},
        {"the policy's", "die van het beleid"},
        {"index of", "index van"},
        {"from the product's personnel share", "uit het personeelsaandeel van het product"},
        {"weighted provisional", "gewogen voorlopig"},
        {"correction (ratio)", "correctie (verhouding)"},
        {"correction (points)", "correctie (punten)"},
        {"a rounding with no spreadsheet equivalent: the engine's value",
         "een afronding zonder equivalent in het rekenblad: de waarde van de rekenkern"},
        {"A coloured cell is an input: change it, and every figure computed from it follows in every sheet. The "
         "model's inputs have defined names (overhead_surcharge, jeugdzorgwerker.monthly_salary).",
         "Een gekleurde cel is invoer: verander haar, en elk getal dat eruit berekend is volgt in elk blad. De "
         "invoer van het model heeft gedefinieerde namen (overhead_surcharge, jeugdzorgwerker.monthly_salary)."},
        {"Shared by several products (method, model, kinds, staff levels)",
         "Gedeeld door meerdere producten (methode, model, soorten, functieniveaus)"},
        {"then", "dan"},
        {"The tariff is per unit, rounded as its rule says; the build-up is exact, per the unit under `build-up "
         "per`. Every figure is a formula on the Build-up sheet.",
         "Het tarief is per eenheid, afgerond zoals zijn regel zegt; de opbouw is exact, per de eenheid onder "
         "`opbouw per`. Elk getal is een formule op het blad Opbouw."},
        {"scenarios, tariffs of {year}", "scenario's, tarieven van {year}"},
        {"Trajectory, phase or path", "Traject, fase of pad"},
        {"Component", "Onderdeel"},
        {"Share", "Aandeel"},
        {"per trajectory, iJw 82", "per traject, iJw 82"},
        {"ijw_unit", "ijw_eenheid"},
        {"build_up_per", "opbouw_per"},
        {"staff_cost", "personeelskosten"},
        {"client_cost", "clientgebonden_kosten"},
        {"personnel_share", "personeelsaandeel"},
        {"exact", "exact"},
        {"extra_cent", "extra_cent"},
        {"under_use", "onderbesteding"},
        {"key", "sleutel"},
        {"lot", "perceel"},
        // -- The workbook's layout and inputs (issue 26: the index's definitive figures, trajectories) --
        {"Coloured cells are inputs: the figures of each series, the weights, and an index stated outright. "
         "weighted = Σ weight × figure; the correction is the year before's definitive against its provisional "
         "figure, weighted the same way, once every figure it needs is there (an empty coloured cell is a figure "
         "not published yet: type it in); index = weighted + correction; each rounded as the policy says.",
         "Gekleurde cellen zijn invoer: de cijfers van elke reeks, de gewichten, en een vastgestelde index. "
         "gewogen = Σ gewicht × cijfer; de correctie is het definitieve cijfer van het jaar ervoor tegen het "
         "voorlopige, op dezelfde manier gewogen, zodra elk cijfer dat ze nodig heeft er is (een lege gekleurde "
         "cel is een cijfer dat nog niet is gepubliceerd: vul het in); index = gewogen + correctie; elk afgerond "
         "zoals het beleid zegt."},
        {"Each component costs volume × its rounded tariff of the year; a path costs the sum of its phases; the "
         "price is ROUND(Σ share × path cost × (1 + surcharge), 2). A trajectory is never indexed itself. "
         "Coloured cells are inputs: the volumes, the shares and the surcharge.",
         "Elk onderdeel kost volume × zijn afgeronde tarief van het jaar; een pad kost de som van zijn fasen; de "
         "prijs is ROUND(Σ aandeel × kosten van het pad × (1 + opslag), 2). Een traject wordt zelf nooit "
         "geïndexeerd. Gekleurde cellen zijn invoer: de volumes, de aandelen en de opslag."},
        // -- The live scenarios and sensitivity workbooks (issue 26) --
        {"Model's value", "Waarde van het model"},
        {"its sheets: {sheets}", "zijn bladen: {sheets}"},
        {"A coloured cell is an input this scenario changes, the model's value beside it: change it, and every figure "
         "of the scenario follows. Every other value is the model's, a reference to its Inputs sheet.",
         "Een gekleurde cel is invoer die dit scenario verandert, met de waarde van het model ernaast: verander haar, "
         "en elk cijfer van het scenario volgt. Elke andere waarde is die van het model, een verwijzing naar zijn "
         "invoerblad."},
    };
    return texts;
}

}  // namespace tariffs
