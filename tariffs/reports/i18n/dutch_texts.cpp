// The catalog's texts of the text reports and the pages: each fixed English
// text and its Dutch. A report asks for it through Locale::text().
#include "tariffs/reports/i18n/dutch_texts.hpp"

namespace tariffs {

const std::vector<DutchText>& dutch_report_texts() {
    static const std::vector<DutchText> texts{
        {"code", "code"},
        {"name", "naam"},
        {"kind", "soort"},
        {"unit", "eenheid"},
        {"iJw", "iJw"},
        {"category", "categorie"},
        {"tariff", "tarief"},
        {"per", "per"},
        {"staff cost", "personeelskosten"},
        {"client cost", "cliëntgebonden kosten"},
        {"overhead", "overhead"},
        {"risk", "risico-opslag"},
        {"price sheet", "tarievenlijst"},
        {"individual", "individueel"},
        {"group", "groep"},
        {"residential", "verblijf"},
        {"hour", "uur"},
        {"minute", "minuut"},
        {"daypart", "dagdeel"},
        {"etmaal", "etmaal"},
        {"output", "stuks (output)"},
        {"euro", "euro's"},
        {"effort", "stuks (inspanning)"},
        {"trajectory", "traject"},
        {"Trajectories", "Trajecten"},
        {"phase", "fase"},
        {"phases", "fasen"},
        {"path", "pad"},
        {"cost", "kosten"},
        {"phase cost", "kosten van de fase"},
        {"share", "aandeel"},
        {"coordination surcharge", "coördinatieopslag"},
        {"price per trajectory", "prijs per traject"},
        {"A trajectory is priced per trajectory (iJw 82): the expected cost of its paths, from its components' "
         "rounded tariffs, plus the coordination surcharge, rounded to cents. It is never indexed itself: each "
         "year it is priced again from that year's tariffs.",
         "Een traject heeft één prijs per traject (iJw 82): de verwachte kosten van zijn paden, uit de afgeronde "
         "tarieven van zijn onderdelen, plus de coördinatieopslag, afgerond op centen. Een traject wordt zelf niet "
         "geïndexeerd: elk jaar volgt zijn prijs opnieuw uit de tarieven van dat jaar."},
        {"price", "prijs"},
        {"expected cost", "verwachte kosten"},
        {"surcharge", "opslag"},
        {"year", "jaar"},
        {"index %", "index %"},
        {"total", "totaal"},
        {"frame", "kader"},
        {"headroom", "ruimte"},
        {"availability", "beschikbaarheid"},
        {"municipality", "gemeente"},
        {"weight", "gewicht"},
        {"exact share", "exact aandeel"},
        {"amount", "bedrag"},
        {"cent", "cent"},
        {"premium", "premie"},
        {"use", "gebruik"},
        {"under-use", "onderbesteding"},
        {"refund", "teruggave"},
        {"deficit", "tekort"},
        {"provider", "aanbieder"},
        {"volume", "volume"},
        {"budgets", "budgetten"},
        {"allocation", "verdeling"},
        {"indexed tariffs", "geïndexeerde tarieven"},
        {"OVER FRAME", "BOVEN KADER"},
        {"build-up per", "opbouw per"},
        {"substantiation of tariffs", "onderbouwing van de tarieven"},
        {"base year", "basisjaar"},
        {"contract years", "contractjaren"},
        {"build-up per product", "opbouw per product"},
        {"Derivation", "Afleiding"},
        {"each value with its rule, scope and place in the model", "elke waarde met haar regel, niveau en plaats in het model"},
        {"Cost of professionals", "Kosten van de inzet van professionals"},
        {"Other client-bound costs", "Overige cliëntgebonden kosten"},
        {"Overhead", "Overheadkosten"},
        {"Risk surcharge", "Risico-opslag"},
        {"Indexation", "Indexering"},
        {"all providers against the frame", "alle aanbieders tegen het kader"},
        {"tariff, exact", "tarief, exact"},
        {"index", "index"},
        {"of", "van"},
        {"see", "zie"},
        {"see above", "zie boven"},
        {"surplus", "overschot"},
        {"no-claim pool", "no-claimpot"},
        {"line", "regel"},
        {"down", "omlaag"},
        {"up", "omhoog"},
        {"swing", "uitslag"},
        {"elasticity", "elasticiteit"},
        {"elasticity_exact", "elasticiteit_exact"},
        {"low", "laag"},
        {"high", "hoog"},
        {"low_tariff", "tarief_laag"},
        {"high_tariff", "tarief_hoog"},
        {"section", "onderdeel"},
        {"Budgets that changed", "Budgetten die veranderden"},
        {"Not split:", "Niet verdeeld:"},
        {"Each budget's difference is split over its causes by Shapley value, as the tariffs are: the\n"
         "tariffs (every changed input of the tariffs), the volumes, the availability and the indexation.\n",
         "Het verschil van elk budget is verdeeld over zijn oorzaken naar Shapley-waarde, zoals bij de tarieven:\n"
         "de tarieven (elke veranderde invoer van de tarieven), de volumes, de beschikbaarheid en de indexering.\n"},
        {"Each changed input's part is its Shapley value: its average effect over every order in which the\n"
         "inputs could change, computed exactly, so no part depends on the order they are listed in. The\n"
         "parts add up to Δ exactly; shown to the cent, with the cents distributed so they add up too.\n\n",
         "Het deel van elke veranderde invoer is zijn Shapley-waarde: zijn gemiddelde effect over elke volgorde\n"
         "waarin de invoer kon veranderen, exact berekend, zodat geen deel afhangt van de volgorde waarin ze\n"
         "staan. De delen tellen exact op tot Δ; getoond op de cent, met de centen zo verdeeld dat ook die\n"
         "optellen.\n\n"},
        {"what changed in the tariffs of", "wat er veranderde in de tarieven van"},
        {"old", "oud"},
        {"new", "nieuw"},
        {"Inputs that changed", "Invoer die veranderde"},
        {"None: the models compute from the same inputs.", "Geen: de modellen rekenen met dezelfde invoer."},
        {"Tariffs that changed", "Tarieven die veranderden"},
        {"Tariffs unchanged while the changed inputs move them", "Tarieven die gelijk bleven terwijl de gewijzigde invoer ze beweegt"},
        {"The changed inputs move each of these tariffs up and down by as much: their parts add up to 0.",
         "De gewijzigde invoer beweegt elk van deze tarieven even veel op als neer: de delen tellen op tot 0."},
        {"None.", "Geen."},
        {"Where each tariff's difference comes from", "Waar het verschil van elk tarief vandaan komt"},
        {"The parts are per section: more than", "De delen zijn per onderdeel: meer dan"},
        {"inputs reach this product, or some only work together.",
         "invoerwaarden bereiken dit product, of sommige werken alleen samen."},
        {"scenarios, tariffs of", "scenario's, tarieven van"},
        {"Δ is the scenario's tariff minus the model's; Δ % is that as a share of the model's tariff"
         " (≈: rounded to 0.01%).",
         "Δ is het tarief van het scenario min dat van het model; Δ % is dat als deel van het tarief van het model"
         " (≈: afgerond op 0,01%)."},
        {"Budgets per year, all providers", "Budgetten per jaar, alle aanbieders"},
        {"Headroom is the frame minus the year's budgets; below zero the budgets exceed the frame.",
         "Ruimte is het kader min de budgetten van het jaar; onder nul gaan de budgetten boven het kader."},
        {"sensitivity of the tariffs of", "gevoeligheid van de tarieven van"},
        {"each input moved by", "elke invoer verschoven met"},
        {"Budget", "Budget"},
        {"all providers", "alle aanbieders"},
        {"The inputs that move the year's total budget, largest swing first.",
         "De invoer die het totale budget van het jaar beweegt, grootste uitslag eerst."},
        {"Each input moved down and up with everything else as the model has it: the tariff then (rounded\n"
         "as its rule says), the swing between the two, and the exact elasticity of the base year's\n"
         "unrounded tariff (percent change of the tariff per percent change of the input); — where a\n"
         "moved value is outside the input's range or makes the model fail.\n",
         "Elke invoer omlaag en omhoog verschoven, al het andere zoals het model het heeft: het tarief dan\n"
         "(afgerond zoals zijn regel zegt), de uitslag tussen die twee, en de exacte elasticiteit van het\n"
         "onafgeronde tarief van het basisjaar (procentuele verandering van het tarief per procent verandering\n"
         "van de invoer); — waar een verschoven waarde buiten het bereik van de invoer valt of het model\n"
         "laat falen.\n"},
        {"indexation policy", "indexeringsbeleid"},
        {"its rule on the indexed tariff", "zijn regel op het geïndexeerde tarief"},
        {"iJw unit", "iJw-eenheid"},
        {"iJw product category", "iJw-productcategorie"},
        {"tariff in", "tarief in"},
        {"the base-year tariff below, indexed under (d)", "het tarief van het basisjaar hieronder, geïndexeerd onder (d)"},
        {"Each provider's budget per year is Σ round(tariff × volume, 2) plus availability; all providers "
         "together are checked against the region's budget frame.",
         "Het budget van elke aanbieder per jaar is Σ round(tarief × volume, 2) plus beschikbaarheid; alle "
         "aanbieders samen worden getoetst aan het budgetkader van de regio."},
        {"The tariff is per unit, rounded as its rule says. The build-up is exact and per the unit under "
         "“build-up per”; a minute tariff derives from the rounded hourly tariff (iJw).",
         "Het tarief is per eenheid, afgerond zoals zijn regel zegt. De opbouw is exact en per de eenheid onder "
         "“opbouw per”; een minuuttarief volgt uit het afgeronde uurtarief (iJw)."},
        {"The build-up is per {base}; the tariff per {unit} derives from the rounded tariff per {base}.",
         "De opbouw is per {base}; het tarief per {unit} volgt uit het afgeronde tarief per {base}."},
        {"tariffs", "tarieven"},
        {"base year: the tariffs of the cost model", "basisjaar: de tarieven van het kostprijsmodel"},
        {"Each tariff is per the product's own unit: ", "Elk tarief is per de eigen eenheid van het product: "},
        {"the exact base-year tariff times the product of the years' factors, rounded once",
         "het exacte tarief van het basisjaar maal het product van de factoren van de jaren, één keer afgerond"},
        {"the previous year's tariff times (1 + index), rounded", "het tarief van het jaar ervoor maal (1 + index), afgerond"},
        {"A minute tariff derives from the rounded hourly tariff (iJw IV081).",
         "Een minuuttarief volgt uit het afgeronde uurtarief (iJw IV081)."},
        {"Indexed otherwise than by the year's index:", "Anders geïndexeerd dan met het indexcijfer van het jaar:"},
        {"own weights", "eigen gewichten"},
        {"weights of kind {kind}", "gewichten van soort {kind}"},
        {"weights", "gewichten"},
        {"by its personnel share", "naar zijn personeelsaandeel"},
        {"policy {name}", "beleid {name}"},
        {"A trajectory (per output) is never indexed itself: each year it is priced again from that\n"
         "year's tariffs of its components (METHOD.md §9).\n",
         "Een traject (per output) wordt zelf nooit geïndexeerd: elk jaar wordt het opnieuw geprijsd uit de\n"
         "tarieven van dat jaar van zijn onderdelen (METHOD.md §9).\n"},
        {"by", "volgens"},
        {"basis", "grondslag"},
        {"moving_average", "voortschrijdend_gemiddelde"},
        {"objective", "objectief_verdeelmodel"},
        {"usage", "werkelijk_gebruik"},
        {"insurance", "verzekering"},
        {"Each gets its exact share rounded down to a cent; the cents left over go one each to the\n"
         "largest remainders (+1 cent), ties to the municipality listed first. ≈ marks a share shown\n"
         "to six decimals.\n",
         "Elke gemeente krijgt haar exacte aandeel, naar beneden afgerond op een cent; de overgebleven\n"
         "centen gaan één voor één naar de grootste resten (+1 cent), bij gelijke resten naar de gemeente\n"
         "die eerst staat. ≈ markeert een aandeel dat op zes decimalen getoond wordt.\n"},
        {"The exact share and the cent are of the premium. A surplus (total − use) makes a no-claim\n"
         "pool, split by under-use max(0, premium − use); a deficit is split like the premiums.\n"
         "amount = premium − refund + deficit part: the premiums add up to the total, the amounts to\n"
         "the total − the no-claim pool + the deficit.\n",
         "Het exacte aandeel en de cent gaan over de premie. Een overschot (totaal − gebruik) vormt een\n"
         "no-claimpot, verdeeld naar onderbesteding max(0, premie − gebruik); een tekort wordt verdeeld\n"
         "als de premies. bedrag = premie − teruggave + deel van het tekort: de premies tellen op tot het\n"
         "totaal, de bedragen tot het totaal − de no-claimpot + het tekort.\n"},
        {"true", "ja"},
        {"false", "nee"},
        {"All providers against the frame", "Alle aanbieders tegen het kader"},
        {"Each line is round(tariff × volume, 2); the volume is exact (≈ marks one shown to six\n"
         "decimals). Availability is indexed like a tariff. Headroom is frame − total.\n",
         "Elke regel is round(tarief × volume, 2); het volume is exact (≈ markeert een volume dat op zes\n"
         "decimalen getoond wordt). Beschikbaarheid wordt geïndexeerd als een tarief. Ruimte is kader − totaal.\n"},
        {"All amounts are in euros and exact; a value is rounded only where a rule says so. "
         "≈ marks a figure that is shown rounded: an amount to the cent, a volume or weight to two "
         "decimals, a value in a derivation to six.",
         "Alle bedragen zijn in euro's en exact; een waarde wordt alleen afgerond waar een regel dat zegt. "
         "≈ markeert een getal dat afgerond getoond wordt: een bedrag op de cent, een volume of gewicht op twee "
         "decimalen, een waarde in een afleiding op zes."},
        {"assumptions", "uitgangspunten"},
        {"input", "invoer"},
        {"value", "waarde"},
        {"meaning", "betekenis"},
        {"source", "bron"},
        {"parameters of the model", "parameters van het model"},
        {"the method's default", "standaardwaarde van de methode"},
        {"staff levels", "functieniveaus"},
        {"staff level", "functieniveau"},
        {"products", "producten"},
        {"product", "product"},
        {"the staff levels that give the care, as shares of one FTE",
         "de functieniveaus die de zorg geven, als aandelen van één fte"},
        {"Every input the tariffs are computed from, as the model gives it: its value, unit, meaning and the "
         "line of the model that says it. A value the model does not give is the standard method's default.",
         "Elke invoer waaruit de tarieven berekend zijn, zoals het model hem geeft: de waarde, eenheid, betekenis en "
         "de regel van het model waar hij staat. Een waarde die het model niet geeft, is de standaardwaarde van de "
         "methode."},
        {"Each gets its exact share rounded down to a cent; the cents left over go one each to the largest "
         "remainders, ties to the municipality listed first.",
         "Elke gemeente krijgt haar exacte aandeel, naar beneden afgerond op een cent; de overgebleven centen gaan "
         "één voor één naar de grootste resten, bij gelijke resten naar de gemeente die eerst staat."},
        {"The premiums add up to the total exactly; each amount is premium − refund + deficit part, "
         "so the amounts add up to the total − the no-claim pool + the deficit.",
         "De premies tellen exact op tot het totaal; elk bedrag is premie − teruggave + deel van het tekort, "
         "dus de bedragen tellen op tot het totaal − de no-claimpot + het tekort."},
        {"The amounts add up to the total exactly.", "De bedragen tellen exact op tot het totaal."},
        {"indexed by its own weights", "geïndexeerd met eigen gewichten"},
        {"M", "mln"},
        {"Amounts in euros.", "Bedragen in euro's."},
        {"Generated by tariff from {file}. Amounts in euros.", "Gemaakt door tariff uit {file}. Bedragen in euro's."},
        {"none: this is the tariff of the base year {year}.", "geen: dit is het tarief van het basisjaar {year}."},
        {"This document substantiates the tariffs of {model} for {year}, as Besluit Jeugdwet art. 2.3 asks "
         "of a fair price. For every product it shows how the tariff is built up from (a) the cost of "
         "professionals, (b) other client-bound costs, (c) overhead and a surcharge for risk, and (d) "
         "indexation, and every figure with the rule that computes it and its place in the model.",
         "Dit document onderbouwt de tarieven van {model} voor {year}, zoals het Besluit Jeugdwet art. 2.3 "
         "vraagt van een reële prijs. Voor elk product toont het hoe het tarief is opgebouwd uit (a) de kosten "
         "van de inzet van professionals, (b) overige cliëntgebonden kosten, (c) overhead en een opslag voor "
         "risico, en (d) indexering, en elk getal met de regel die het berekent en zijn plaats in het model."},
        {"Each tariff is per the product's own unit: the previous year's tariff times (1 + index), rounded.",
         "Elk tarief is per de eigen eenheid van het product: het tarief van het jaar ervoor maal (1 + index), afgerond."},
        {"The index row is that of the default weights", "De indexrij is die van de standaardgewichten"},
        // parameters, validate, fingerprint
        {"parameters", "parameters"},
        {"parameter", "parameter"},
        {"used by", "gebruikt door"},
        {"used_by", "gebruikt_door"},
        {"range", "bereik"},
        {"usual", "gebruikelijk"},
        {"usual by", "gebruikelijk volgens"},
        {"usual_source", "bron_gebruikelijk"},
        {"default", "standaard"},
        {"required", "verplicht"},
        {"yes", "ja"},
        {"no", "nee"},
        {"A parameter without a default must be given wherever a rule that needs it is computed: for the whole\n"
         "model, a staff level or a product (a kind's parameter by each product of that kind whose tariff uses it;\n"
         "`hours_per_piece` only by a product per output or effort).\n"
         "A range such as (0, 1] is checked where the value is given; a unit of 1 is a rate or a share (8% is 0.08).\n"
         "A value outside its usual range is allowed, with a warning (an error under --strict).\n",
         "Een parameter zonder standaardwaarde moet gegeven worden overal waar een regel die hem nodig heeft\n"
         "berekend wordt: voor het hele model, een functieniveau of een product (de parameter van een soort door\n"
         "elk product van die soort waarvan het tarief hem gebruikt; `hours_per_piece` alleen door een product\n"
         "per stuk: stuks (output) of stuks (inspanning)).\n"
         "Een bereik zoals (0, 1] wordt getoetst waar de waarde gegeven wordt; eenheid 1 is een percentage of\n"
         "aandeel (8% is 0,08).\n"
         "Een waarde buiten haar gebruikelijke bereik mag, met een waarschuwing (een fout met --strict).\n"},
        {"{file}: no problems; {products} priced", "{file}: geen problemen; {products} geprijsd"},
        {"{file}: no problems, {warnings}; {products} priced", "{file}: geen problemen, {warnings}; {products} geprijsd"},
        {"{file}: no problems; {products} priced under {scenario}", "{file}: geen problemen; {products} geprijsd onder {scenario}"},
        {"{file}: no problems, {warnings}; {products} priced under {scenario}",
         "{file}: geen problemen, {warnings}; {products} geprijsd onder {scenario}"},
        {"1 warning", "1 waarschuwing"},
        {"1 problem", "1 probleem"},
        {"{n} problems", "{n} problemen"},
        {"error", "fout"},
        {"; --strict makes them errors", "; --strict maakt er fouten van"},
        {"{n} warnings", "{n} waarschuwingen"},
        {"1 product", "1 product"},
        {"{n} products", "{n} producten"},
        {"fingerprint", "vingerafdruk"},
        {"program", "programma"},
        {"role", "rol"},
        {"file", "bestand"},
        {"overrides", "wijzigingen"},
        {"warning", "waarschuwing"},
        {"premiums by {weights}, settled against {use}", "premies naar {weights}, verrekend met {use}"},
        {"warnings", "waarschuwingen"},
        {"model", "model"},
        {"method", "methode"},
        {"The fingerprint is the SHA-256 of the program's version, each file's role and SHA-256 (not its\n"
         "path) and the overrides: the same inputs give the same fingerprint on any machine.\n",
         "De vingerafdruk is de SHA-256 van de versie van het programma, de rol en SHA-256 van elk bestand\n"
         "(niet zijn pad) en de wijzigingen: dezelfde invoer geeft op elke machine dezelfde vingerafdruk.\n"},
        // allocate --key all, the forecast page, the what-if pages
        {"contributions {years} by key", "bijdragen {years} per verdeelsleutel"},
        {"{total} to split ({what})", "{total} te verdelen ({what})"},
        {"the amount given", "het gegeven bedrag"},
        {"all providers' budgets", "de budgetten van alle aanbieders"},
        {"the budget of {name}", "het budget van {name}"},
        {"not computed:", "niet berekend:"},
        {"each pays its own use, {total} in all", "elke gemeente betaalt haar eigen gebruik, {total} in totaal"},
        {"premiums of {total}, less {pool} returned as no-claim refunds, is {net} net",
         "premies van {total}, min {pool} terug als no-claimteruggave, is {net} netto"},
        {"premiums of {total}, plus the deficit of {deficit} shared like them, is {all} in all",
         "premies van {total}, plus het tekort van {deficit} op dezelfde manier verdeeld, is {all} in totaal"},
        {"Each column adds up to its total exactly, in cents (the largest-remainder cents included): the\n"
         "amount to split for moving_average and objective, the use (realised, or where carried projected)\n"
         "for usage, and for insurance the premiums less the no-claim refunds (or plus the deficit).\n",
         "Elke kolom telt exact op tot haar totaal, in centen (de centen van de grootste resten meegeteld): het\n"
         "te verdelen bedrag bij voortschrijdend_gemiddelde en objectief_verdeelmodel, het gebruik (gerealiseerd,\n"
         "of waar doorgetrokken geprojecteerd) bij werkelijk_gebruik, en bij verzekering de premies min de\n"
         "no-claimteruggaven (of plus het tekort).\n"},
        {"A key marked * is computed from a figure carried forward.\n",
         "Een sleutel gemarkeerd met * is berekend uit een doorgetrokken cijfer.\n"},
        {"Figures carried forward (allocation: carry_forward)", "Doorgetrokken cijfers (allocation: carry_forward)"},
        {"Figures carried forward", "Doorgetrokken cijfers"},
        {"last given ({year})", "laatst gegeven ({year})"},
        {"moving average of {years}", "voortschrijdend gemiddelde van {years}"},
        {"moving average of {years}, to the cent", "voortschrijdend gemiddelde van {years}, op de cent"},
        {"usage (projected)", "gebruik (geprojecteerd)"},
        {"(not given)", "(niet gegeven)"},
        {"rules", "regels"},
        {"product inputs", "productinvoer"},
        {"model parameters", "modelparameters"},
        {"indexation", "indexering"},
        {"rounding", "afronding"},
        {"volumes", "volumes"},
        {"budget plan", "budgetplan"},
        {"difference", "verschil"},
        {"part", "deel"},
        {"change", "verandering"},
        {"input_old", "invoer_oud"},
        {"input_new", "invoer_nieuw"},
        {"part_exact", "deel_exact"},
        {"usage (figure)", "gebruik"},
        {"objective (figure)", "objectief bedrag"},
        {"figure", "cijfer"},
        {"carried as", "doorgetrokken als"},
        {"contributions by key", "bijdragen per verdeelsleutel"},
        {"contributions by key and year", "bijdragen per verdeelsleutel en jaar"},
        {"What each municipality pays in each year under each allocation key. Each year's contributions "
         "under a key add up to its total exactly, in cents. A key marked * was computed from a figure "
         "carried forward (listed at the end).",
         "Wat elke gemeente elk jaar betaalt onder elke verdeelsleutel. De bijdragen van een jaar onder een "
         "sleutel tellen exact op tot het totaal, in centen. Een sleutel met * is berekend uit een doorgetrokken "
         "cijfer (achteraan vermeld)."},
        {"Warnings: values outside their usual range", "Waarschuwingen: waarden buiten hun gebruikelijke bereik"},
        {"scenarios", "scenario's"},
        {"sensitivity", "gevoeligheid"},
        {"tariffs of {year}", "tarieven van {year}"},
        {"The tariffs that move most", "De tarieven die het meest bewegen"},
        {"No scenario changes a tariff.", "Geen scenario verandert een tarief."},
        {"change of each tariff per scenario, in percent", "verandering van elk tarief per scenario, in procenten"},
        {"Every tariff", "Alle tarieven"},
        {"Each input the tariff is derived from, moved down and up with everything else as the model has it. "
         "The bars run from the tariff with the input moved down to the tariff with it moved up, around the "
         "tariff as it is; the elasticity is the percent change of the unrounded tariff per percent change of "
         "the input, exactly.",
         "Elke invoer waaruit het tarief volgt, omlaag en omhoog verschoven, al het andere zoals het model het "
         "heeft. De balken lopen van het tarief met de invoer omlaag naar het tarief met de invoer omhoog, rond het "
         "tarief zoals het is; de elasticiteit is de procentuele verandering van het onafgeronde tarief per procent "
         "verandering van de invoer, exact."},
        {"tornado chart", "tornadodiagram"},
        {"input moved up", "invoer omhoog"},
        {"input moved down", "invoer omlaag"},
        // the price sheet's notes
        {"The tariff is per unit, rounded as its rule says. The build-up (staff cost, client cost,\n"
         "overhead, risk) is exact and per the unit under `build-up per`; ≈ marks an amount shown to the cent.\n"
         "A minute tariff derives from the rounded hourly tariff (iJw IV081). `tariff explain MODEL CODE`\n"
         "shows every figure with its rule and its place in the model.\n",
         "Het tarief is per eenheid, afgerond zoals de regel voorschrijft. De opbouw (personeelskosten,\n"
         "cliëntgebonden kosten, overhead, risico-opslag) is exact en per de eenheid onder `opbouw per`; ≈ markeert\n"
         "een bedrag getoond op centen. Een minuuttarief volgt uit het afgeronde uurtarief (iJw IV081).\n"
         "`tariff explain MODEL CODE` toont elk getal met zijn regel en zijn plaats in het model.\n"},
        {"A part of the build-up left empty or out is not part of that product's tariff: its rules price it\n"
         "without it.\n",
         "Een deel van de opbouw dat leeg is of ontbreekt, maakt geen deel uit van het tarief van dat product:\n"
         "zijn regels bepalen het zonder dat deel.\n"},
        // how a year's index was found (IndexWording)
        {"applied", "vastgesteld"},
        {"rounded", "afgerond"},
        {"(not published)", "(niet gepubliceerd)"},
        {"the policy applies no correction", "het beleid past geen correctie toe"},
        {"no correction: the definitive and provisional figures of {year} are not both known",
         "geen correctie: de definitieve en voorlopige cijfers van {year} zijn niet allebei bekend"},
        // a trajectory explained
        {"A trajectory is priced per trajectory (iJw 82): the expected cost of its paths, from its\n"
         "components' rounded tariffs, plus the coordination surcharge, rounded to cents (METHOD.md §9).\n",
         "Een traject heeft één prijs per traject (iJw 82): de verwachte kosten van zijn paden, uit de\n"
         "afgeronde tarieven van zijn onderdelen, plus de coördinatieopslag, afgerond op centen (METHOD.md §9).\n"},
        {"Each component's tariff is its own rounded tariff of {year} (a minute product's at the minute tariff);\n"
         "{command} shows how it is built up. A trajectory is never indexed itself:\neach year it is priced again "
         "from that year's tariffs (METHOD.md §9).\n",
         "Het tarief van elk onderdeel is zijn eigen afgeronde tarief van {year} (van een minuutproduct het\n"
         "minuuttarief); {command} toont hoe het is opgebouwd. Een traject wordt zelf nooit\ngeïndexeerd: elk "
         "jaar volgt zijn prijs opnieuw uit de tarieven van dat jaar (METHOD.md §9).\n"},
        {"one trajectory", "één traject"},
        {"from the base year {base} to {year}:", "van het basisjaar {base} tot {year}:"},
        {": the base year's tariffs", ": de tarieven van het basisjaar"},
        {": that year's indexed tariffs", ": de geïndexeerde tarieven van dat jaar"},
        {"Phases: volume × the component's tariff", "Fasen: volume × het tarief van het onderdeel"},
        {"Paths: the share of trajectories that take each, and the cost of its phases",
         "Paden: het aandeel van de trajecten dat elk pad volgt, en de kosten van zijn fasen"},
        // check-bids, check-index, check-buildup, solve
        {"bid review", "toetsing van de biedingen"},
        {"Bids in {file} against the tariffs of {year}.", "Biedingen in {file}, getoetst aan de tarieven van {year}."},
        {"read as", "gelezen als"},
        {"comma-separated", "gescheiden door komma's"},
        {"semicolon-separated", "gescheiden door puntkomma's"},
        {"decimal comma", "decimaalkomma"},
        {"decimal point", "decimaalpunt"},
        {"with a byte-order mark", "met een byte-order-mark"},
        {"No bid line could be read.", "Geen enkele regel met een bod kon worden gelezen."},
        {"Lines that could not be read", "Regels die niet gelezen konden worden"},
        {"bid", "bod"},
        {"reference", "referentie"},
        {"difference €", "verschil €"},
        {"difference %", "verschil %"},
        {"status", "uitkomst"},
        {"bids within", "bandbreedte bod"},
        {"lines", "regels"},
        {"floor", "ondergrens"},
        {"ceiling", "bovengrens"},
        {"percentage", "percentage"},
        {"within", "binnen"},
        {"below_floor", "onder ondergrens"},
        {"above_ceiling", "boven bovengrens"},
        {"unknown_product", "onbekend product"},
        {"unit_mismatch", "andere eenheid"},
        {"{unit}, not {product_unit}", "{unit}, niet {product_unit}"},
        {"the product's unit", "de eenheid van het product"},
        {"Ceilings from a maximum tariff:", "Bovengrenzen uit een maximumtarief:"},
        {"Per provider", "Per aanbieder"},
        {"Reference amount {amount} on the reference volumes {volumes}.",
         "Referentiebedrag {amount} bij de referentievolumes {volumes}."},
        {"(none)", "(geen)"},
        {"No provider bid on this lot.", "Geen aanbieder heeft op dit perceel geboden."},
        {"rank", "positie"},
        {"missing", "ontbreekt"},
        {"within: floor ≤ bid ≤ ceiling; floor {floor}% and ceiling {ceiling}% of the reference (or the product's maximum "
         "tariff); unknown_product: not in the model; unit_mismatch: bid in another unit; difference = bid − reference; bids "
         "within: the lowest and the highest bid in whole cents between floor and ceiling; ≈ marks a value shown to six "
         "decimals.\n",
         "binnen: ondergrens ≤ bod ≤ bovengrens; ondergrens {floor}% en bovengrens {ceiling}% van het referentietarief (of "
         "het maximumtarief van het product); onbekend product: niet in het model; andere eenheid: bod in een andere "
         "eenheid; verschil = bod − referentietarief; bandbreedte bod: het laagste en het hoogste bod in hele centen tussen "
         "ondergrens en bovengrens; ≈ markeert een waarde die op zes decimalen getoond wordt.\n"},
        {"index check", "controle van de indexering"},
        {"Tariffs listed in {file} against the model's indexed tariffs.",
         "Tarieven in {file}, vergeleken met de geïndexeerde tarieven van het model."},
        {"No tariff line could be read.", "Geen enkele tariefregel kon worden gelezen."},
        {"listed", "opgegeven"},
        {"expected", "verwacht"},
        {"difference (cents)", "verschil (cent)"},
        {"likely cause", "waarschijnlijke oorzaak"},
        {"causes", "oorzaken"},
        {"differs", "afwijkend"},
        {"unknown_year", "onbekend jaar"},
        {"no single alternative explains it", "geen enkel alternatief verklaart het"},
        {"rounded {mode} instead of {used}", "afgerond met {mode} in plaats van {used}"},
        {"indexed directly from the base year instead of as a chain",
         "direct vanaf het basisjaar geïndexeerd in plaats van als keten"},
        {"indexed as a chain instead of directly from the base year",
         "als keten geïndexeerd in plaats van direct vanaf het basisjaar"},
        {"without the correction for {year}", "zonder de correctie over {year}"},
        {"the index of {year} ({index}) instead of {own_year}'s ({own_index})",
         "de index van {year} ({index}) in plaats van die van {own_year} ({own_index})"},
        {"build-up of", "opbouw van"},
        {"Inputs in {file} priced under the model's method.",
         "Invoer uit {file}, doorgerekend met de methode van het model."},
        {"The build-up has no products.", "De opbouw bevat geen producten."},
        {"stated", "opgegeven"},
        {"computed", "berekend"},
        {"check", "controle"},
        {"effect", "effect"},
        {"follows from its inputs", "volgt uit de eigen invoer"},
        {"not stated", "niet opgegeven"},
        {"does not follow from its own inputs: should be {tariff}",
         "volgt niet uit de eigen invoer: zou {tariff} moeten zijn"},
        {"stated tariff does not follow from the inputs", "opgegeven tarief volgt niet uit de invoer"},
        {"Each effect is the change in the tariff from that input's bid value, every input above it already changed; "
         "the total is the bid's tariff (stated, else computed) − the reference; ≈ marks a value shown to six "
         "decimals.\n",
         "Elk effect is de verandering van het tarief door de waarde van die invoer in het bod, met alle invoer erboven "
         "al veranderd; het totaal is het tarief van het bod (opgegeven, anders berekend) − het referentietarief; ≈ "
         "markeert een waarde die op zes decimalen getoond wordt.\n"},
        {"solve {code} {name} for a tariff of {target} per {unit}",
         "terugrekenen van {code} {name} naar een tarief van {target} per {unit}"},
        {" in {year}", " in {year}"},
        {"now:      {input} = {value} gives {tariff}", "nu:       {input} = {value} geeft {tariff}"},
        {"now:      {input} = {value} gives {tariff} in {year}", "nu:       {input} = {value} geeft {tariff} in {year}"},
        {"no value of {input} gives an unrounded tariff of {target}: the tariff only approaches it",
         "geen waarde van {input} geeft een onafgerond tarief van {target}: het tarief nadert het alleen"},
        {"exact:    {input} = {value} gives an unrounded tariff of exactly {target}",
         "exact:    {input} = {value} geeft een onafgerond tarief van precies {target}"},
        {"rounded:  {rounding} gives {target} for {input} from {from} to {to}",
         "afgerond: {rounding} geeft {target} voor {input} van {from} tot {to}"},
        {"(included)", "(inbegrepen)"},
        {"(excluded)", "(niet inbegrepen)"},
        {"range:    {range}: the value is within it", "bereik:   {range}: de waarde valt erbinnen"},
        {"range:    {range}: the value is OUT OF RANGE, no allowed value of {input} gives {target}",
         "bereik:   {range}: de waarde valt BUITEN HET BEREIK, geen toegestane waarde van {input} geeft {target}"},
        {"          at {input} = {value} the tariff is {tariff}", "          bij {input} = {value} is het tarief {tariff}"},
        {"target:   no allowed value of {input} gives {target} (OUT OF RANGE): the tariff reaches it only where a "
         "derived figure is impossible:",
         "doel:     geen toegestane waarde van {input} geeft {target} (BUITEN HET BEREIK): het tarief bereikt het "
         "alleen waar een afgeleid bedrag onmogelijk is:"},
        {"target:   no allowed value of {input} gives {target} (OUT OF RANGE): it needs a value outside {range}",
         "doel:     geen toegestane waarde van {input} geeft {target} (BUITEN HET BEREIK): daarvoor is een waarde "
         "buiten {range} nodig"},
        {"no value of {input} gives {target} in {year} (OUT OF RANGE)",
         "geen waarde van {input} geeft {target} in {year} (BUITEN HET BEREIK)"},
        {"no value of {input} in {range} gives {target} in {year} (OUT OF RANGE)",
         "geen waarde van {input} in {range} geeft {target} in {year} (BUITEN HET BEREIK)"},
        {"indexed tariff", "geïndexeerde tarief"},
        {"target:   no value gives exactly {target}: at {input} = {value} the {tariff} steps from {below} to {above}",
         "doel:     geen waarde geeft precies {target}: bij {input} = {value} springt het {tariff} van {below} naar {above}"},
        {"target:   the {tariff} of {year} is {target} for {input} from {from} to {to}",
         "doel:     het {tariff} van {year} is {target} voor {input} van {from} tot {to}"},
        {"\nIndexed year by year, each step rounded ({rounding}), the tariff is no ratio of linear\n"
         "functions of the input: the bounds are found by exact bisection, each to within {precision}.\n",
         "\nJaar na jaar geïndexeerd, elke stap afgerond ({rounding}), is het tarief geen quotiënt van lineaire\n"
         "functies van de invoer: de grenzen zijn gevonden door exacte bisectie, elk tot op {precision}.\n"},
        {"\nA rule between the input and the tariff rounds or chooses (round, min, max, if): the tariff is no\n"
         "ratio of linear functions of it: the bounds are found by exact bisection, each to within {precision}.\n",
         "\nEen regel tussen de invoer en het tarief rondt af of kiest (round, min, max, if): het tarief is geen\n"
         "quotiënt van lineaire functies ervan: de grenzen zijn gevonden door exacte bisectie, elk tot op {precision}.\n"},
        {"solve the budget of {year} for a total of {target} (all providers)",
         "terugrekenen van het budget van {year} naar een totaal van {target} (alle aanbieders)"},
        {"the availability of {provider}", "de beschikbaarheid van {provider}"},
        {"the base-year volume of {code} at {provider}", "het volume in het basisjaar van {code} bij {provider}"},
        {"now:      {what} = {value} gives {total}", "nu:       {what} = {value} geeft {total}"},
        {"no value of {what} of 0 or more gives a total of {target}",
         "geen waarde van {what} van 0 of meer geeft een totaal van {target}"},
        {"target:   the total is exactly {target} at {what} = {value}",
         "doel:     het totaal is precies {target} bij {what} = {value}"},
        {"target:   the total is exactly {target} for {what} from {from} to {to}",
         "doel:     het totaal is precies {target} voor {what} van {from} tot {to}"},
        {"target:   the total is exactly {target} for {what} from {from} on (the input does not move the total)",
         "doel:     het totaal is precies {target} voor {what} vanaf {from} (de invoer beweegt het totaal niet)"},
        {"target:   no value gives exactly {target}: at {value} the total steps from {below} to {above}",
         "doel:     geen waarde geeft precies {target}: bij {value} springt het totaal van {below} naar {above}"},
        {"\nA line's amount is rounded to the cent, so the total may step as {what} changes:\n"
         "found by exact bisection, each bound to within {precision}, or exactly where the total runs on without a step.\n",
         "\nHet bedrag van een regel is afgerond op de cent, dus het totaal kan springen als {what} verandert:\n"
         "gevonden door exacte bisectie, elke grens tot op {precision}, of exact waar het totaal zonder sprong "
         "doorloopt.\n"},
        {"Scenario: the model with these inputs changed", "Scenario: het model met deze invoer gewijzigd"},
        {"Scenario `{name}`", "Scenario `{name}`"},
        {"{input} = {value} (model: {was})", "{input} = {value} (model: {was})"},
        {"none given", "niet gegeven"},
        {"(risk)", "(risico)"},
        {"carried", "doorgetrokken"},
        // index policies
        {"Indexation policies (a product of a group follows its group's, else its kind's, else the model's):",
         "Indexeringsbeleid (een product van een groep volgt dat van zijn groep, anders van zijn soort, anders dat "
         "van het model):"},
        {"kind {kind}", "soort {kind}"},
        {"group {group}", "groep {group}"},
        {"{name} ({targets}): weights {weights}, correction {correction}, {method}, tariffs {rounding} ({place})",
         "{name} ({targets}): gewichten {weights}, correctie {correction}, {method}, tarieven {rounding} ({place})"},
        {"none", "geen"},
        {"points", "procentpunten"},
        {"ratio", "verhouding"},
        {"chain", "keten"},
        {"direct", "direct"},
        // checks (issue 26): the dialect of a CSV file, the alternatives of an index check, per provider
        {"Windows-1252 (not UTF-8)", "Windows-1252 (geen UTF-8)"},
        {"{index} instead of {own_index}", "{index} in plaats van {own_index}"},
        {"the index as published, each step rounded to {step}",
         "de index zoals gepubliceerd, elke stap afgerond op {step}"},
        {"the index rounded to {step} only at the end", "de index pas aan het eind afgerond op {step}"},
        {"the index not rounded", "de index niet afgerond"},
        {"weights {weights}", "gewichten {weights}"},
        {"weights {weights} instead of {own}", "gewichten {weights} in plaats van {own}"},
        {"without any correction for the year before", "zonder enige correctie over het jaar ervoor"},
        {"the correction as {method}", "de correctie als {method}"},
        {"the correction as {method} instead of {own}", "de correctie als {method} in plaats van {own}"},
        {"indexed from {year} instead of the base year {own_year}",
         "geïndexeerd vanaf {year} in plaats van het basisjaar {own_year}"},
        {"rounded {mode}", "afgerond met {mode}"},
        {"the index of {year} instead of {own_year}'s", "de index van {year} in plaats van die van {own_year}"},
        {"differing", "afwijkend"},
        {"explains every difference", "verklaart elk verschil"},
        {"no single alternative", "geen enkel alternatief"},
        {"exact: the model's tariff; differs: difference (cents) = (listed − expected) × 100, with the alternatives that "
         "give the listed tariff exactly, the most specific first; per provider, the alternatives that alone give every "
         "tariff of it that differs and change none that is exact; unknown_product, unknown_year: the model has no such "
         "tariff; ≈ marks a value shown to six decimals.\n",
         "exact: het tarief van het model; afwijkend: verschil (cent) = (opgegeven − verwacht) × 100, met de alternatieven "
         "die precies het opgegeven tarief geven, het meest specifieke eerst; per aanbieder de alternatieven die elk "
         "afwijkend tarief van die aanbieder alleen al geven en geen exact tarief veranderen; onbekend product, onbekend "
         "jaar: het model heeft zo'n tarief niet; ≈ markeert een waarde die op zes decimalen getoond wordt.\n"},
    };
    return texts;
}

const std::map<std::string_view, std::string_view>& dutch_texts() {
    static const std::map<std::string_view, std::string_view> texts = [] {
        std::map<std::string_view, std::string_view> all;
        for (const auto* part : {&dutch_report_texts(), &dutch_workbook_texts(), &dutch_message_texts()})
            all.insert(part->begin(), part->end());
        return all;
    }();
    return texts;
}

}  // namespace tariffs
