<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>Assumptions</name>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="84"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="85"/>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="86"/>
        <source>What it is</source>
        <translation>Vad den är</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="87"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="88"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="89"/>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="90"/>
        <source>Low–high</source>
        <translation>Lägsta–högsta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="91"/>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="92"/>
        <source>Reasoning</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="137"/>
        <source>{mark} {value}{flag} (baseline {baseline})</source>
        <translation>{mark} {value}{flag} (utgångsläge {baseline})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="199"/>
        <source>Baseline: {value} {unit} ({basis})</source>
        <translation>Utgångsläge: {value} {unit} ({basis})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="205"/>
        <source>Range: {low}–{high}</source>
        <translation>Intervall: {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="211"/>
        <source>This scenario assumes {value}, because: {reason}</source>
        <translation>Detta scenario antar {value}, eftersom: {reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="217"/>
        <source>{mark} Outside the figure&apos;s range</source>
        <translation>{mark} Utanför uppgiftens intervall</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="222"/>
        <source>Sources (Enter or click opens):</source>
        <translation>Källor (Enter eller klick öppnar):</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="225"/>
        <source>No source given</source>
        <translation>Ingen källa angiven</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="229"/>
        <source>The model does not use this figure.</source>
        <translation>Modellen använder inte denna uppgift.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="249"/>
        <source>Override a baseline figure</source>
        <translation>Ändra en uppgift i utgångsläget</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="254"/>
        <source>range {low}–{high}</source>
        <translation>intervall {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="258"/>
        <source>no range given</source>
        <translation>inget intervall angivet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="261"/>
        <source>{name}
Baseline: {value} {unit} ({basis}, {range})</source>
        <translation>{name}
Utgångsläge: {value} {unit} ({basis}, {range})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="274"/>
        <source>Value in this scenario</source>
        <translation>Värde i detta scenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="278"/>
        <source>Why this scenario assumes it (required)</source>
        <translation>Varför detta scenario antar det (obligatoriskt)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="282"/>
        <source>&amp;Value:</source>
        <translation>&amp;Värde:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="283"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivering:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="314"/>
        <source>Filter: a name, a source, a basis, a word of the reasoning</source>
        <translation>Filtrera: ett namn, en källa, en grund, ett ord i motiveringen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="317"/>
        <source>Filter the figures</source>
        <translation>Filtrera uppgifterna</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="318"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="321"/>
        <source>O&amp;verride…</source>
        <translation>&amp;Ändra…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="323"/>
        <source>Assume the selected figure differently in this scenario (Enter)</source>
        <translation>Anta den valda uppgiften annorlunda i detta scenario (Enter)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="327"/>
        <source>Remove Overri&amp;de</source>
        <translation>Ta bort än&amp;dringen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="329"/>
        <source>The selected figure as the baseline has it again (Delete)</source>
        <translation>Den valda uppgiften igen enligt utgångsläget (Delete)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="333"/>
        <source>Baseline figures</source>
        <translation>Uppgifter i utgångsläget</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="423"/>
        <source>Outside the range</source>
        <translation>Utanför intervallet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="424"/>
        <source>{value} is outside the range {low}–{high} of {name}. Use it anyway? It is kept as given and flagged.</source>
        <translation>{value} ligger utanför intervallet {low}–{high} för {name}. Använda det ändå? Värdet behålls som angivet och markeras.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="457"/>
        <source>{shown} of {count} figures</source>
        <translation>{shown} av {count} uppgifter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="504"/>
        <source>Figures this scenario assumes differently: see Assumptions</source>
        <translation>Uppgifter som detta scenario antar annorlunda: se Antaganden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="515"/>
        <source>{mark} 1 assumption overridden</source>
        <translation>{mark} 1 antagande ändrat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="517"/>
        <source>{mark} {count} assumptions overridden</source>
        <translation>{mark} {count} antaganden ändrade</translation>
    </message>
</context>
<context>
    <name>BaselineActions</name>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="26"/>
        <source>Baseline workbook (*.xlsx);;Baseline folder of CSV files: pick any of its .csv files (*.csv)</source>
        <translation>Utgångslägets arbetsbok (*.xlsx);;Utgångslägets mapp med CSV-filer: välj någon av dess .csv-filer (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="39"/>
        <location filename="../../planner/ui/workbook_files.py" line="278"/>
        <location filename="../../planner/ui/workbook_files.py" line="712"/>
        <source>Open &amp;Baseline…</source>
        <translation>Öppna &amp;utgångsläge…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="41"/>
        <source>Plan on another baseline: an .xlsx workbook or a folder of CSV files</source>
        <translation>Planera på ett annat utgångsläge: en .xlsx-arbetsbok eller en mapp med CSV-filer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="48"/>
        <location filename="../../planner/ui/workbook_files.py" line="474"/>
        <source>Save Baseline &amp;Template…</source>
        <translation>Spara utgångslägets &amp;mall…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="51"/>
        <source>Write the baseline in use as an Excel workbook to edit and import</source>
        <translation>Skriv utgångsläget som används som en Excel-arbetsbok att redigera och importera</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="64"/>
        <source>Open a baseline</source>
        <translation>Öppna ett utgångsläge</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="85"/>
        <location filename="../../planner/ui/baseline_actions.py" line="100"/>
        <source>The baseline was not opened</source>
        <translation>Utgångsläget öppnades inte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="86"/>
        <source>{path} cannot be used; the baseline in use stays. Fix these in the file and open it again:</source>
        <translation>{path} kan inte användas; utgångsläget som används behålls. Rätta detta i filen och öppna den igen:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="101"/>
        <source>The current scenario cannot be evaluated on it: {error}.</source>
        <translation>Det aktuella scenariot kan inte beräknas på det: {error}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="109"/>
        <source>Now planning on the baseline {name} from {path} ({undo} goes back)</source>
        <translation>Planerar nu på utgångsläget {name} från {path} ({undo} går tillbaka)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="125"/>
        <source>baseline {name}.xlsx</source>
        <translation>utgångsläge {name}.xlsx</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="129"/>
        <source>Save the baseline as an Excel template</source>
        <translation>Spara utgångsläget som en Excel-mall</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="131"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="143"/>
        <source>The template was not saved</source>
        <translation>Mallen sparades inte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="150"/>
        <source>Saved the baseline template to {path}</source>
        <translation>Utgångslägets mall sparad: {path}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="160"/>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>BaselineColumn</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="61"/>
        <source>What the row gives: name, year, division, currency</source>
        <translation>Vad raden anger: namn, år, sektor, valuta</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="62"/>
        <source>The value (name and year are required)</source>
        <translation>Värdet (namn och år är obligatoriska)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="63"/>
        <source>Identifier of the service line; provenance and fees refer to it</source>
        <translation>Tjänstens identifierare; källuppgifter och avgifter hänvisar till den</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="66"/>
        <source>Name of the service line as shown</source>
        <translation>Tjänstens namn som det visas</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="67"/>
        <source>Name of the row in Finnish (optional; empty: the name)</source>
        <translation>Radens namn på finska (valfritt; tomt: namnet)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="68"/>
        <source>Name of the row in Swedish (optional; empty: the name)</source>
        <translation>Radens namn på svenska (valfritt; tomt: namnet)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="69"/>
        <source>What one unit of the line&apos;s volume is</source>
        <translation>Vad en enhet av tjänstens volym är</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="70"/>
        <source>Units delivered in the baseline year</source>
        <translation>Enheter producerade under basåret</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="71"/>
        <source>Cost of one unit (above zero)</source>
        <translation>Kostnaden för en enhet (över noll)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="72"/>
        <source>Share of the line&apos;s work done by outsourced (agency or purchased) labour</source>
        <translation>Andel av tjänstens arbete som utförs av extern (hyrd eller köpt) arbetskraft</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="75"/>
        <source>Yearly growth of demand</source>
        <translation>Årlig ökning av behovet</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="76"/>
        <source>Share of in-person demand the digital channel could take</source>
        <translation>Andel av behovet av närservice som den digitala kanalen kunde ta</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="77"/>
        <source>Share of demand met below which the planner warns about the line</source>
        <translation>Andel av behovet som tillgodoses under vilken planeraren varnar för tjänsten</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="80"/>
        <source>statutory: demand own capacity cannot serve is bought; queueable: it waits</source>
        <translation>lagstadgad: behov som den egna kapaciteten inte täcker köps; kan köas: det väntar</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="84"/>
        <source>Price of a unit bought from another provider, as a share of the own unit cost</source>
        <translation>Priset för en enhet köpt av en annan producent, som andel av den egna enhetskostnaden</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="88"/>
        <source>Share of the unit cost that goes away when one in-person unit fewer is made</source>
        <translation>Andel av enhetskostnaden som försvinner när en enhet närservice mindre produceras</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="92"/>
        <source>Identifier of a service line of the services sheet</source>
        <translation>Identifierare för en tjänst på tjänstebladet</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="93"/>
        <source>Share of the line&apos;s volume that pays a per-unit fee</source>
        <translation>Andel av tjänstens volym som betalar en avgift per enhet</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="94"/>
        <source>Client fee today</source>
        <translation>Klientavgift i dag</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="95"/>
        <source>National reference fee</source>
        <translation>Nationell referensavgift</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="96"/>
        <source>Highest fee the law allows</source>
        <translation>Högsta avgift som lagen tillåter</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="97"/>
        <source>Identifier of the category (personnel, outsourced_labour, purchased_services_other, premises, other_expenses and client_fees are required)</source>
        <translation>Kategorins identifierare (personnel, outsourced_labour, purchased_services_other, premises, other_expenses och client_fees är obligatoriska)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="101"/>
        <source>Name of the category as shown</source>
        <translation>Kategorins namn som det visas</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="102"/>
        <source>Whether the category is spending or income</source>
        <translation>Om kategorin är utgift eller inkomst</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="103"/>
        <source>Amount in the baseline year</source>
        <translation>Belopp under basåret</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="104"/>
        <source>Which index the amount grows with: wage or price</source>
        <translation>Index som beloppet växer med: lön eller pris</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="105"/>
        <source>Share of the category that staff influence day to day (what training saves on)</source>
        <translation>Andel av kategorin som personalen påverkar dagligen (det utbildning sparar på)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="109"/>
        <source>Identifier of the group of leases</source>
        <translation>Identifierare för gruppen av hyresavtal</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="110"/>
        <source>Name of the group as shown</source>
        <translation>Gruppens namn som det visas</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="111"/>
        <source>Leased office area</source>
        <translation>Hyrd kontorsyta</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="112"/>
        <source>Rent</source>
        <translation>Hyra</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="113"/>
        <source>Year the leases&apos; fixed term ends</source>
        <translation>År då hyresavtalens fasta period upphör</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="114"/>
        <source>Last month of the fixed term (1-12)</source>
        <translation>Sista månaden av den fasta perioden (1–12)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="115"/>
        <source>Notice period after the fixed term</source>
        <translation>Uppsägningstid efter den fasta perioden</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="116"/>
        <source>external, or internal (the city&apos;s own premises)</source>
        <translation>external (extern) eller internal (stadens egna lokaler)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="117"/>
        <source>A year after the baseline year</source>
        <translation>Ett år efter basåret</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="118"/>
        <source>Growth of wages in that year (own staff, agency)</source>
        <translation>Löneökning det året (egen personal, hyrd arbetskraft)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="119"/>
        <source>Growth of other prices in that year</source>
        <translation>Ökning av övriga priser det året</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="120"/>
        <source>Identifier of the figure (staff_count, own_staff_cost_eur_per_fte, agency_premium_pct, recruitment_limit_fte_per_year, training_cost_eur_per_person and training_saving_pct are required)</source>
        <translation>Uppgiftens identifierare (staff_count, own_staff_cost_eur_per_fte, agency_premium_pct, recruitment_limit_fte_per_year, training_cost_eur_per_person och training_saving_pct är obligatoriska)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="124"/>
        <source>The figure</source>
        <translation>Uppgiften</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="125"/>
        <source>Unit of the figure (informative)</source>
        <translation>Uppgiftens enhet (informativ)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="126"/>
        <source>What the figure is</source>
        <translation>Vad uppgiften är</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="127"/>
        <source>Identifier of the assumption (default_target_eur, office_move_cost_eur_per_m2, re_let_share_pct, fee_demand_elasticity, payment_ceiling_share_pct, digital_visit_cost_eur and digital_setup_cost_eur are required)</source>
        <translation>Antagandets identifierare (default_target_eur, office_move_cost_eur_per_m2, re_let_share_pct, fee_demand_elasticity, payment_ceiling_share_pct, digital_visit_cost_eur och digital_setup_cost_eur är obligatoriska)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="131"/>
        <source>The value</source>
        <translation>Värdet</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="132"/>
        <source>Unit of the value (informative)</source>
        <translation>Värdets enhet (informativ)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="133"/>
        <source>What the value is</source>
        <translation>Vad värdet är</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="134"/>
        <source>Sheet of the figure described</source>
        <translation>Bladet för den beskrivna uppgiften</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="135"/>
        <source>Identifier of the figure&apos;s row, or * for every row</source>
        <translation>Identifierare för uppgiftens rad, eller * för varje rad</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="136"/>
        <source>Column of the figure described</source>
        <translation>Kolumnen för den beskrivna uppgiften</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="137"/>
        <source>read: stated in the source; derived: computed from read figures (the computation in note); assumption: a planning estimate (the reasoning in note, a low and a high)</source>
        <translation>read: angiven i källan; derived: beräknad av lästa uppgifter (beräkningen i anmärkningen); assumption: en planeringsuppskattning (motiveringen i anmärkningen, ett lägsta och ett högsta värde)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="141"/>
        <source>Addresses of the public sources, separated by spaces</source>
        <translation>Adresser till de offentliga källorna, åtskilda med mellanslag</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="142"/>
        <source>Lowest plausible value of an assumption</source>
        <translation>Lägsta rimliga värde för ett antagande</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="143"/>
        <source>Highest plausible value of an assumption</source>
        <translation>Högsta rimliga värde för ett antagande</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="144"/>
        <source>The computation (derived) or the reasoning (assumption)</source>
        <translation>Beräkningen (härledd) eller motiveringen (antagande)</translation>
    </message>
</context>
<context>
    <name>BaselineRow</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="145"/>
        <source>Staff of the division</source>
        <translation>Sektorns personal</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="146"/>
        <source>Own staff cost per full-time equivalent a year (wages and social security)</source>
        <translation>Kostnad för egen personal per årsverke (löner och lönebikostnader)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="149"/>
        <source>Extra cost of an agency hour over an own-staff hour</source>
        <translation>Merkostnad för en timme hyrd arbetskraft jämfört med en timme egen personal</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="150"/>
        <source>Own staff the division can recruit a year beyond normal turnover</source>
        <translation>Egen personal som sektorn kan rekrytera per år utöver normal omsättning</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="153"/>
        <source>One-off cost of financial training per person</source>
        <translation>Engångskostnad för ekonomiutbildning per person</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="154"/>
        <source>Share of the training base saved when all staff are trained</source>
        <translation>Andel av utbildningsbasen som sparas när all personal är utbildad</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="155"/>
        <source>One-off cost of giving up a square metre of office (moving, restoring)</source>
        <translation>Engångskostnad för att avstå från en kvadratmeter kontor (flytt, återställande)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="158"/>
        <source>Chargeable demand lost per fee rise, as a share of the fee rise over the unit cost</source>
        <translation>Avgiftsbelagd efterfrågan som går förlorad per avgiftshöjning, som andel av avgiftshöjningen i förhållande till enhetskostnaden</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="162"/>
        <source>Cost of one visit handled in the digital channel instead</source>
        <translation>Kostnad för ett besök som sköts i den digitala kanalen i stället</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="163"/>
        <source>Savings target a new scenario starts from</source>
        <translation>Sparmål som ett nytt scenario utgår från</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="164"/>
        <source>Share of the rent still owed on a lease left early that re-letting recovers</source>
        <translation>Andel av den hyra som ännu ska betalas för ett hyresavtal som lämnas i förtid som återuthyrning täcker</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="167"/>
        <source>Share of chargeable volume used by clients past the annual payment ceiling</source>
        <translation>Andel av den avgiftsbelagda volymen som används av klienter som passerat det årliga avgiftstaket</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="170"/>
        <source>One-off cost of setting up the digital channel for the shift</source>
        <translation>Engångskostnad för att inrätta den digitala kanalen för överföringen</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <location filename="../../planner/present/result.py" line="76"/>
        <source>One-off costs</source>
        <translation>Engångskostnader</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="80"/>
        <source>One-off</source>
        <translation>Engångs</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="84"/>
        <source>Plan year</source>
        <translation>Planeringsår</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="208"/>
        <source>saving</source>
        <translation>besparing</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="209"/>
        <source>cost (negative saving)</source>
        <translation>kostnad (negativ besparing)</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="210"/>
        <source>total in the plan year</source>
        <translation>totalt under planeringsåret</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="213"/>
        <source>target {amount}</source>
        <translation>mål {amount}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="189"/>
        <source>Savings by lever, bridge chart</source>
        <translation>Besparingar per åtgärd, brodiagram</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="191"/>
        <source>&lt;b&gt;Savings by lever&lt;/b&gt; (M€): each lever&apos;s in-year effect ({saving} saving, {cost} cost, hatched), the one-off costs, and the {total} plan-year total against the {target}</source>
        <translation>&lt;b&gt;Besparingar per åtgärd&lt;/b&gt; (M€): varje åtgärds årseffekt ({saving} besparing, {cost} kostnad, streckad), engångskostnaderna och planeringsårets totala besparing {total} jämfört med {target}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="201"/>
        <source>target</source>
        <translation>mål</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="311"/>
        <source>Target {amount}</source>
        <translation>Mål {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetKind</name>
    <message>
        <location filename="../../planner/present/figures.py" line="162"/>
        <source>expense</source>
        <translation>utgift</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="163"/>
        <source>income</source>
        <translation>inkomst</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../planner/ui/compare.py" line="53"/>
        <source>Compare scenarios</source>
        <translation>Jämför scenarier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="61"/>
        <source>Scenarios to compare</source>
        <translation>Scenarier att jämföra</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="62"/>
        <source>&amp;Scenarios to compare (two to four):</source>
        <translation>&amp;Scenarier att jämföra (två till fyra):</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="66"/>
        <source>Reference scenario</source>
        <translation>Referensscenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="67"/>
        <source>&amp;Differences (Δ) from:</source>
        <translation>&amp;Skillnader (Δ) från:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="86"/>
        <source>&amp;Levers and savings</source>
        <translation>&amp;Åtgärder och besparingar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="87"/>
        <source>Service &amp;volumes</source>
        <translation>Tjänste&amp;volymer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="88"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="111"/>
        <source>&amp;Chart</source>
        <translation>&amp;Diagram</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="114"/>
        <source>First scenario</source>
        <translation>Första scenariot</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="115"/>
        <source>Second scenario</source>
        <translation>Andra scenariot</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="118"/>
        <source>What differs</source>
        <translation>Vad som skiljer sig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="122"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="123"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="127"/>
        <source>&amp;What differs</source>
        <translation>&amp;Vad som skiljer sig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="245"/>
        <source>Tick at least two scenarios to compare them.</source>
        <translation>Kryssa för minst två scenarier för att jämföra dem.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="250"/>
        <source>Δ: the difference from {name}.</source>
        <translation>Δ: skillnaden från {name}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="263"/>
        <source>At most {count} scenarios side by side.</source>
        <translation>Högst {count} scenarier sida vid sida.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="312"/>
        <source>Tick two scenarios to see what differs between them.</source>
        <translation>Kryssa för två scenarier för att se vad som skiljer dem åt.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="326"/>
        <source>&amp;Compare Scenarios…</source>
        <translation>&amp;Jämför scenarier…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="329"/>
        <source>Two to four scenarios side by side, with their differences</source>
        <translation>Två till fyra scenarier sida vid sida, med sina skillnader</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="358"/>
        <source>plan different years ({years})</source>
        <translation>planerar olika år ({years})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="364"/>
        <source>aim at different targets ({targets})</source>
        <translation>siktar på olika mål ({targets})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="368"/>
        <source>&lt;b&gt;Note:&lt;/b&gt; these scenarios {what}: their savings are not like for like.</source>
        <translation>&lt;b&gt;Obs.:&lt;/b&gt; dessa scenarier {what}: deras besparingar är inte jämförbara.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="370"/>
        <source> and </source>
        <translation> och </translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="26"/>
        <source>{scenario} assumes every figure as the baseline has it.</source>
        <translation>{scenario} antar varje uppgift enligt utgångsläget.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="36"/>
        <source>{scenario} assumes {figure} is {value} instead of {baseline}, because {reason}</source>
        <translation>{scenario} antar att {figure} är {value} i stället för {baseline}, eftersom {reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="47"/>
        <source>({mark} outside its range {low}–{high})</source>
        <translation>({mark} utanför sitt intervall {low}–{high})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="61"/>
        <source>Assumptions the scenarios override</source>
        <translation>Antaganden som scenarierna ändrar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="69"/>
        <source>Tick scenarios to see what they assume.</source>
        <translation>Kryssa för scenarier för att se vad de antar.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="76"/>
        <source>Assu&amp;mptions</source>
        <translation>&amp;Antaganden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_table.py" line="61"/>
        <source>{name} minus {reference}</source>
        <translation>{name} minus {reference}</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <location filename="../../planner/ui/compare_chart.py" line="33"/>
        <source>Plan-year savings and target, M€</source>
        <translation>Planeringsårets besparingar och mål, M€</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_chart.py" line="36"/>
        <source>Demand delivered, % of plan-year demand</source>
        <translation>Tillgodosett behov, % av planeringsårets behov</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_chart.py" line="131"/>
        <source>{saving} plan-year savings beside {target} the target, in M€; right: the share of demand delivered from 0 %, {full} in full, {short} some demand not met (dashed: 100 %).</source>
        <translation>{saving} planeringsårets besparingar bredvid {target} målet, i M€; till höger: andelen tillgodosett behov från 0 %, {full} helt, {short} en del av behovet inte tillgodosett (streckat: 100 %).</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../planner/present/comparison.py" line="64"/>
        <source>Plan year</source>
        <translation>Planeringsår</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="65"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="83"/>
        <source>Total plan-year savings</source>
        <translation>Planeringsårets besparingar totalt</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="90"/>
        <source>of which one-off costs</source>
        <translation>varav engångskostnader</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="94"/>
        <source>Gap to the target</source>
        <translation>Skillnad mot målet</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="96"/>
        <source>Share of the target reached</source>
        <translation>Andel av målet som nåtts</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="102"/>
        <source>In-year effect, before one-off costs</source>
        <translation>Årseffekt, före engångskostnader</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="113"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="115"/>
        <source>Levers</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="117"/>
        <source>Plan-year savings by lever</source>
        <translation>Planeringsårets besparingar per åtgärd</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="129"/>
        <source>Demand delivered, all lines</source>
        <translation>Tillgodosett behov, alla tjänster</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="134"/>
        <source>Lines below their floor</source>
        <translation>Tjänster under miniminivån</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="139"/>
        <location filename="../../planner/report/comparison.py" line="133"/>
        <source>{name} ({unit}s)</source>
        <translation>{name} ({unit})</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="144"/>
        <source>delivered</source>
        <translation>tillgodosett</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="149"/>
        <source>shortfall</source>
        <translation>underskott</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="161"/>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="171"/>
        <source>Net cost (expenses − income)</source>
        <translation>Nettoutgifter (utgifter − inkomster)</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="38"/>
        <location filename="../../planner/report/document.py" line="129"/>
        <source>Comparison of {count} scenarios</source>
        <translation>Jämförelse av {count} scenarier</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="43"/>
        <source>Scenarios: {listing}. Each Δ column is the difference from scenario 1, {first}. Baseline: {baseline} ({year}).</source>
        <translation>Scenarier: {listing}. Varje Δ-kolumn är skillnaden från scenario 1, {first}. Utgångsläge: {baseline} ({year}).</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="65"/>
        <source>(scenarios {numbers})</source>
        <translation>(scenarier {numbers})</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="67"/>
        <source>Levers and plan</source>
        <translation>Åtgärder och plan</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="68"/>
        <source>Savings</source>
        <translation>Besparingar</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="69"/>
        <source>Service volumes delivered</source>
        <translation>Tillgodosedda tjänstevolymer</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="70"/>
        <source>Budget in the plan year</source>
        <translation>Budget under planeringsåret</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="76"/>
        <source>Each cell: the volume delivered and, below it, the shortfall against demand. ▼ marks a line below its floor.</source>
        <translation>Varje cell: den tillgodosedda volymen och under den underskottet mot behovet. ▼ markerar en tjänst under sin miniminivå.</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="94"/>
        <source>Δ vs 1</source>
        <translation>Δ mot 1</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="138"/>
        <source>short {volume}</source>
        <translation>underskott {volume}</translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <location filename="../../planner/present/comparison.py" line="185"/>
        <source>From “{first}” to “{second}”:</source>
        <translation>Från ”{first}” till ”{second}”:</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="198"/>
        <source>Plan year</source>
        <translation>Planeringsår</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="201"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="207"/>
        <source>Description: differs</source>
        <translation>Beskrivning: skiljer sig</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="209"/>
        <source>Inputs that differ:</source>
        <translation>Indata som skiljer sig:</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="212"/>
        <source>The levers, plan year, target and description are the same.</source>
        <translation>Åtgärderna, planeringsåret, målet och beskrivningen är desamma.</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="214"/>
        <source>Results:</source>
        <translation>Resultat:</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="221"/>
        <source>Plan-year savings</source>
        <translation>Planeringsårets besparingar</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="229"/>
        <source>Share of the target reached</source>
        <translation>Andel av målet som nåtts</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="236"/>
        <source>In-year effect, before one-off costs</source>
        <translation>Årseffekt, före engångskostnader</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="243"/>
        <source>Demand delivered, all lines</source>
        <translation>Tillgodosett behov, alla tjänster</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="251"/>
        <source>Service lines below their floor</source>
        <translation>Tjänster under miniminivån</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="259"/>
        <source>below its floor</source>
        <translation>under sin miniminivå</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="263"/>
        <source>{name} shortfall</source>
        <translation>{name}: underskott</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="265"/>
        <source>{old} → {new} {unit}s</source>
        <translation>{old} → {new} {unit}</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <location filename="../../planner/files/export.py" line="88"/>
        <source>statutory</source>
        <translation>lagstadgad</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="89"/>
        <source>queueable</source>
        <translation>kan köas</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="131"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="131"/>
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="229"/>
        <location filename="../../planner/files/export.py" line="271"/>
        <source>All levers</source>
        <translation>Alla åtgärder</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="359"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="360"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="364"/>
        <source>Summary</source>
        <translation>Sammanfattning</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="367"/>
        <location filename="../../planner/files/export.py" line="434"/>
        <source>Plan year</source>
        <translation>Planeringsår</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="368"/>
        <location filename="../../planner/files/export.py" line="435"/>
        <source>Target (€)</source>
        <translation>Mål (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="371"/>
        <location filename="../../planner/files/export.py" line="412"/>
        <source>Savings in plan year (€)</source>
        <translation>Besparingar under planeringsåret (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="377"/>
        <location filename="../../planner/files/export.py" line="418"/>
        <source>Savings recurring (€ a year)</source>
        <translation>Återkommande besparingar (€ per år)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="381"/>
        <location filename="../../planner/files/export.py" line="422"/>
        <location filename="../../planner/files/export.py" line="445"/>
        <location filename="../../planner/files/export.py" line="473"/>
        <source>One-off costs (€)</source>
        <translation>Engångskostnader (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="382"/>
        <location filename="../../planner/files/export.py" line="446"/>
        <source>Gap to target (€)</source>
        <translation>Skillnad mot målet (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="383"/>
        <location filename="../../planner/files/export.py" line="447"/>
        <source>Share of target</source>
        <translation>Andel av målet</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="384"/>
        <location filename="../../planner/files/export.py" line="448"/>
        <source>Target reached</source>
        <translation>Målet nått</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="387"/>
        <location filename="../../planner/files/export.py" line="496"/>
        <source>Share of demand met</source>
        <translation>Andel av behovet tillgodosett</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="398"/>
        <source>Levers</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="401"/>
        <location filename="../../planner/files/export.py" line="470"/>
        <location filename="../../planner/files/export.py" line="530"/>
        <source>Lever id</source>
        <translation>Åtgärdens id</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="402"/>
        <location filename="../../planner/files/export.py" line="471"/>
        <source>Lever</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="403"/>
        <source>Group</source>
        <translation>Grupp</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="404"/>
        <location filename="../../planner/files/export.py" line="581"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="405"/>
        <location filename="../../planner/files/export.py" line="488"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="406"/>
        <source>Start (year-month)</source>
        <translation>Start (år-månad)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="407"/>
        <source>Start year</source>
        <translation>Startår</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="408"/>
        <source>Start month</source>
        <translation>Startmånad</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="409"/>
        <source>Ramp-up (months)</source>
        <translation>Upptrappning (månader)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="430"/>
        <source>Years</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="436"/>
        <location filename="../../planner/files/export.py" line="474"/>
        <source>Savings (€)</source>
        <translation>Besparingar (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="437"/>
        <source>Cost savings (€)</source>
        <translation>Kostnadsbesparingar (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="438"/>
        <source>Extra income (€)</source>
        <translation>Extra inkomster (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="441"/>
        <source>In-year effect of the levers (€)</source>
        <translation>Åtgärdernas årseffekt (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="449"/>
        <source>Net cost (€)</source>
        <translation>Nettoutgifter (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="452"/>
        <source>Net cost with no change (€)</source>
        <translation>Nettoutgifter utan ändringar (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="457"/>
        <source>Own staff added (FTE)</source>
        <translation>Tillagd egen personal (årsverken)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="466"/>
        <source>Lever years</source>
        <translation>Åtgärder per år</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="472"/>
        <source>In-year effect (€)</source>
        <translation>Årseffekt (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="482"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="486"/>
        <location filename="../../planner/files/export.py" line="531"/>
        <source>Service id</source>
        <translation>Tjänstens id</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="487"/>
        <source>Service line</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="489"/>
        <source>Duty</source>
        <translation>Skyldighet</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="490"/>
        <source>Baseline volume</source>
        <translation>Volym i utgångsläget</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="491"/>
        <source>Demand</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="492"/>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="493"/>
        <source>Delivered</source>
        <translation>Tillgodosett</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="494"/>
        <source>Bought</source>
        <translation>Köpt</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="495"/>
        <source>Shortfall</source>
        <translation>Underskott</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="497"/>
        <source>Floor</source>
        <translation>Miniminivå</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="498"/>
        <source>Moved to digital</source>
        <translation>Flyttat till digital kanal</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="506"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="510"/>
        <source>Category id</source>
        <translation>Kategorins id</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="511"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="512"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="513"/>
        <source>Baseline (€)</source>
        <translation>Utgångsläge (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="514"/>
        <source>No change (€)</source>
        <translation>Ingen ändring (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="515"/>
        <source>Scenario (€)</source>
        <translation>Scenario (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="516"/>
        <source>Change (€)</source>
        <translation>Ändring (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="524"/>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="528"/>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="529"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="539"/>
        <source>Overrides</source>
        <translation>Ändrade antaganden</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="542"/>
        <source>Figure id</source>
        <translation>Uppgiftens id</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="543"/>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="544"/>
        <source>Baseline value</source>
        <translation>Värde i utgångsläget</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="545"/>
        <source>Scenario assumes</source>
        <translation>Scenariots antagande</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="546"/>
        <source>Because</source>
        <translation>Motivering</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="555"/>
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="558"/>
        <source>Baseline file</source>
        <translation>Utgångslägets fil</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="560"/>
        <source>Exported</source>
        <translation>Exporterad</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="563"/>
        <source>Planner version</source>
        <translation>Planerarens version</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="565"/>
        <source>Signs</source>
        <translation>Förtecken</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="566"/>
        <source>Savings are positive when they help the budget (less spending or more income), measured against the no-change trend of each year. Savings include one-off costs; the in-year effect is before them. A budget change is scenario minus no change in the same year.</source>
        <translation>Besparingar är positiva när de hjälper budgeten (mindre utgifter eller mer inkomster), mätt mot utvecklingen utan ändringar varje år. Besparingarna inkluderar engångskostnader; årseffekten är före dem. En budgetändring är scenariot minus ingen ändring samma år.</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="578"/>
        <source>About</source>
        <translation>Om filen</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="580"/>
        <source>Item</source>
        <translation>Post</translation>
    </message>
</context>
<context>
    <name>ExportCsv</name>
    <message>
        <location filename="../../planner/files/export.py" line="65"/>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="66"/>
        <source>table</source>
        <translation>tabell</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="67"/>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="68"/>
        <source>item</source>
        <translation>post</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="69"/>
        <source>label</source>
        <translation>namn</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="70"/>
        <source>measure</source>
        <translation>mått</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="71"/>
        <source>value</source>
        <translation>värde</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="72"/>
        <source>unit</source>
        <translation>enhet</translation>
    </message>
</context>
<context>
    <name>ExportUnit</name>
    <message>
        <location filename="../../planner/files/export.py" line="79"/>
        <source>share</source>
        <translation>andel</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="80"/>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="81"/>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="82"/>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="83"/>
        <source>FTE</source>
        <translation>årsverken</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="84"/>
        <source>1 = yes, 0 = no</source>
        <translation>1 = ja, 0 = nej</translation>
    </message>
</context>
<context>
    <name>FanChart</name>
    <message>
        <location filename="../../planner/report/charts.py" line="513"/>
        <source>10th to 90th percentile</source>
        <translation>10:e till 90:e percentilen</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="514"/>
        <source>median (50th percentile)</source>
        <translation>median (50:e percentilen)</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="515"/>
        <source>target</source>
        <translation>mål</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <location filename="../../planner/present/figures.py" line="20"/>
        <source>volume</source>
        <translation>volym</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="21"/>
        <source>unit cost</source>
        <translation>enhetskostnad</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="22"/>
        <source>share done by agency staff</source>
        <translation>andel som utförs av hyrd personal</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="23"/>
        <source>yearly growth of demand</source>
        <translation>årlig ökning av behovet</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="24"/>
        <source>share the digital channel could take</source>
        <translation>andel som den digitala kanalen kunde ta</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="27"/>
        <source>floor of demand met</source>
        <translation>miniminivå för tillgodosett behov</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="28"/>
        <source>statutory or queueable</source>
        <translation>lagstadgad eller kan köas</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="29"/>
        <source>price bought from others, share of own cost</source>
        <translation>pris köpt av andra, andel av egen kostnad</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="32"/>
        <source>cost saved per unit fewer, share of unit cost</source>
        <translation>kostnad som sparas per enhet mindre, andel av enhetskostnaden</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="35"/>
        <source>share of volume paying a fee</source>
        <translation>andel av volymen som betalar avgift</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="36"/>
        <source>client fee today</source>
        <translation>klientavgift i dag</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="37"/>
        <source>national reference fee</source>
        <translation>nationell referensavgift</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="38"/>
        <source>highest fee the law allows</source>
        <translation>högsta avgift som lagen tillåter</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="39"/>
        <source>amount</source>
        <translation>belopp</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="40"/>
        <source>share staff influence</source>
        <translation>andel som personalen påverkar</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="41"/>
        <source>leased office area</source>
        <translation>hyrd kontorsyta</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="42"/>
        <source>rent per m²</source>
        <translation>hyra per m²</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="43"/>
        <location filename="../../planner/present/figures.py" line="44"/>
        <source>end of the lease</source>
        <translation>hyresavtalets slut</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="45"/>
        <source>end month of the lease</source>
        <translation>hyresavtalets slutmånad</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="46"/>
        <source>notice period</source>
        <translation>uppsägningstid</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="47"/>
        <source>landlord</source>
        <translation>hyresvärd</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="48"/>
        <source>wage growth</source>
        <translation>löneökning</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="49"/>
        <source>price growth</source>
        <translation>prisökning</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="84"/>
        <source>service line</source>
        <translation>tjänst</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="85"/>
        <source>fee</source>
        <translation>avgift</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="86"/>
        <source>budget category</source>
        <translation>budgetkategori</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="87"/>
        <source>office lease</source>
        <translation>kontorshyresavtal</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="88"/>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="130"/>
        <source>{what} in {year}</source>
        <translation>{what} år {year}</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="138"/>
        <source>{what}, per {rows}</source>
        <translation>{what}, per {rows}</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="157"/>
        <source>planning estimate</source>
        <translation>planeringsuppskattning</translation>
    </message>
</context>
<context>
    <name>FigureName</name>
    <message>
        <location filename="../../planner/present/figures.py" line="54"/>
        <source>Staff of the division</source>
        <translation>Sektorns personal</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="55"/>
        <source>Own staff cost per FTE a year</source>
        <translation>Kostnad för egen personal per årsverke och år</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="56"/>
        <source>Extra cost of an agency hour over an own-staff hour</source>
        <translation>Merkostnad för en timme hyrd arbetskraft jämfört med egen</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="59"/>
        <source>Own staff that can be recruited a year</source>
        <translation>Egen personal som kan rekryteras per år</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="62"/>
        <source>Training cost per person</source>
        <translation>Utbildningskostnad per person</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="63"/>
        <source>Share of the training base saved by training</source>
        <translation>Andel av utbildningsbasen som sparas genom utbildning</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="66"/>
        <source>One-off cost of giving up a m² of office</source>
        <translation>Engångskostnad för att avstå från en m² kontor</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="69"/>
        <source>Demand lost to a fee rise</source>
        <translation>Efterfrågan som går förlorad vid en avgiftshöjning</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="70"/>
        <source>Cost of a digital visit</source>
        <translation>Kostnad för ett digitalt besök</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="71"/>
        <source>Default savings target</source>
        <translation>Sparmål som standard</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="72"/>
        <source>Share of rent owed that re-letting recovers</source>
        <translation>Andel av hyran som återuthyrning täcker</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="75"/>
        <source>Share of volume past the payment ceiling</source>
        <translation>Andel av volymen över avgiftstaket</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="78"/>
        <source>One-off cost of setting up the digital channel</source>
        <translation>Engångskostnad för att inrätta den digitala kanalen</translation>
    </message>
</context>
<context>
    <name>FigureUnit</name>
    <message>
        <location filename="../../planner/ui/figures.py" line="41"/>
        <source>units a year</source>
        <translation>prestationer per år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="42"/>
        <source>€ per unit</source>
        <translation>€ per prestation</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="43"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="44"/>
        <source>% a year</source>
        <translation>% per år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="45"/>
        <source>€ a year</source>
        <translation>€ per år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="46"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="47"/>
        <source>€ per m² a year</source>
        <translation>€ per m² och år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="48"/>
        <source>year</source>
        <translation>år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="49"/>
        <source>month</source>
        <translation>månad</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="50"/>
        <source>months</source>
        <translation>månader</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="51"/>
        <source>as in the unit column</source>
        <translation>som i enhetskolumnen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="52"/>
        <source>as the figure</source>
        <translation>som värdet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="53"/>
        <source>people</source>
        <translation>personer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="54"/>
        <source>EUR</source>
        <translation>€</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="55"/>
        <source>FTE</source>
        <translation>årsv.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="56"/>
        <source>ratio</source>
        <translation>kvot</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../planner/ui/figures.py" line="28"/>
        <source>Services</source>
        <translation>Tjänster</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="29"/>
        <source>Fees</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="30"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="31"/>
        <source>Premises</source>
        <translation>Lokaler</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="32"/>
        <source>Workforce</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="33"/>
        <source>Parameters</source>
        <translation>Parametrar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="34"/>
        <source>Prices</source>
        <translation>Priser</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="61"/>
        <source>volume</source>
        <translation>volym</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="62"/>
        <source>unit cost</source>
        <translation>enhetskostnad</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="63"/>
        <source>outsourced share</source>
        <translation>extern andel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="64"/>
        <source>demand growth</source>
        <translation>behovets ökning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="65"/>
        <source>digital share possible</source>
        <translation>möjlig digital andel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="66"/>
        <source>floor</source>
        <translation>miniminivå</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="67"/>
        <source>bought price</source>
        <translation>köppris</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="68"/>
        <source>marginal cost</source>
        <translation>marginalkostnad</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="69"/>
        <source>chargeable share</source>
        <translation>avgiftsbelagd andel</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="70"/>
        <source>fee today</source>
        <translation>avgift i dag</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="71"/>
        <source>reference fee</source>
        <translation>referensavgift</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="72"/>
        <source>legal maximum fee</source>
        <translation>lagens högsta avgift</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="73"/>
        <source>amount</source>
        <translation>belopp</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="74"/>
        <source>training base</source>
        <translation>utbildningsbas</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="75"/>
        <source>area</source>
        <translation>yta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="76"/>
        <source>rent</source>
        <translation>hyra</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="77"/>
        <source>lease end year</source>
        <translation>avtalets slutår</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="78"/>
        <source>lease end month</source>
        <translation>avtalets slutmånad</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="79"/>
        <source>notice</source>
        <translation>uppsägningstid</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="80"/>
        <source>wage growth</source>
        <translation>löneökning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="81"/>
        <source>price growth</source>
        <translation>prisökning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="85"/>
        <source>read</source>
        <translation>läst</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="86"/>
        <source>derived</source>
        <translation>härledd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="87"/>
        <source>assumption</source>
        <translation>antagande</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="118"/>
        <source>{row}: {meaning}</source>
        <translation>{row}: {meaning}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="127"/>
        <source>{row} · {column}</source>
        <translation>{row} · {column}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="146"/>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="240"/>
        <source>Year {year}</source>
        <translation>År {year}</translation>
    </message>
</context>
<context>
    <name>GoalSeek</name>
    <message>
        <location filename="../../planner/ui/goal_seek_action.py" line="38"/>
        <source>{lever} at {value} is the smallest value that reaches the {target} target in {year}: savings {savings}.</source>
        <translation>{lever} på {value} är det minsta värde som når målet {target} år {year}: besparingar {savings}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/goal_seek_action.py" line="49"/>
        <source>Not reachable with {lever} alone: the most it gives is {savings} in {year} (at {value}), {gap} of the {target} target. The lever is set to that value; Undo puts it back.</source>
        <translation>Går inte att nå med enbart {lever}: den ger högst {savings} år {year} (på {value}), {gap} av målet {target}. Åtgärden ställs på det värdet; Ångra återställer den.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/goal_seek_action.py" line="89"/>
        <source>With this scenario&apos;s own assumptions the plan-year savings shown are {savings}.</source>
        <translation>Med scenariots egna antaganden är de visade besparingarna under planeringsåret {savings}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/goal_seek_action.py" line="111"/>
        <location filename="../../planner/ui/timing_editor.py" line="230"/>
        <source>Goal seek</source>
        <translation>Målsökning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="231"/>
        <source>Goal seek {lever}</source>
        <translation>Målsökning: {lever}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="233"/>
        <source>Set {lever} to the smallest value that reaches the target in the plan year, the other levers held (one undo step). If it cannot, it is set to the value that gives the most, and you are told how far short that is.</source>
        <translation>Ställ {lever} på det minsta värde som når målet under planeringsåret, med övriga åtgärder oförändrade (ett ångringssteg). Om det inte går ställs den på det värde som ger mest, och du får veta hur långt det är kvar.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <location filename="../../planner/ui/headline.py" line="30"/>
        <location filename="../../planner/ui/headline.py" line="83"/>
        <source>Savings against the target</source>
        <translation>Besparingar jämfört med målet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="84"/>
        <source>Gap to the target</source>
        <translation>Skillnad mot målet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="85"/>
        <source>Share of demand delivered</source>
        <translation>Andel av behovet som tillgodoses</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="102"/>
        <source>Probability of reaching the target</source>
        <translation>Sannolikhet att nå målet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="113"/>
        <source>Savings {savings} of the {target} target</source>
        <translation>Besparingar {savings} av målet {target}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="117"/>
        <source>Plan-year savings {savings} against the target {target}</source>
        <translation>Planeringsårets besparingar {savings}, mål {target}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="123"/>
        <source>No target set</source>
        <translation>Inget mål angivet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="125"/>
        <source>✔ Target reached: {share}, {gap}</source>
        <translation>✔ Målet nått: {share}, {gap}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="127"/>
        <source>{share} reached · {gap}</source>
        <translation>{share} nått · {gap}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="129"/>
        <source>Plan year {year}: &lt;b&gt;{savings}&lt;/b&gt;</source>
        <translation>Planeringsår {year}: &lt;b&gt;{savings}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="131"/>
        <source>One-off costs included: {amount}</source>
        <translation>Engångskostnader ingår: {amount}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="133"/>
        <source>In-year effect, before one-off costs: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Årseffekt, före engångskostnader: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="135"/>
        <source>Demand delivered {share}</source>
        <translation>Tillgodosett behov {share}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="140"/>
        <source>▼ below its floor</source>
        <translation>▼ under miniminivån</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="142"/>
        <source>▼ short</source>
        <translation>▼ underskott</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="143"/>
        <source>Worst line: &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{share} of demand met, {shortfall} {unit}s short ({mark})</source>
        <translation>Svagaste tjänst: &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{share} av behovet tillgodosett, underskott {shortfall} {unit} ({mark})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="155"/>
        <source>Every service line meets its demand in full</source>
        <translation>Varje tjänst tillgodoser sitt behov helt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="754"/>
        <source>Probability of reaching the target: …</source>
        <translation>Sannolikhet att nå målet: …</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="755"/>
        <source>Computing the uncertainty analysis of this scenario</source>
        <translation>Beräknar osäkerhetsanalysen för detta scenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="760"/>
        <source>Probability of reaching the target: –</source>
        <translation>Sannolikhet att nå målet: –</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="761"/>
        <source>Not analysed: see the Uncertainty tab</source>
        <translation>Inte analyserat: se fliken Osäkerhet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="767"/>
        <source>Probability of reaching the target: &lt;b&gt;{share}&lt;/b&gt;</source>
        <translation>Sannolikhet att nå målet: &lt;b&gt;{share}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="770"/>
        <source>In {share} of {draws} draws of the baseline&apos;s assumptions (each from its low–high range, seed {seed}) the {year} savings reach the target. Details in the Uncertainty tab.</source>
        <translation>I {share} av {draws} dragningar av utgångslägets antaganden (var och en inom sitt intervall, frö {seed}) når besparingarna år {year} målet. Detaljer på fliken Osäkerhet.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../planner/ui/language.py" line="88"/>
        <source>&amp;Settings</source>
        <translation>&amp;Inställningar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="101"/>
        <source>&amp;Language (from the next start)</source>
        <translation>&amp;Språk (från nästa start)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="110"/>
        <source>The system&apos;s language ({language})</source>
        <translation>Systemets språk ({language})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="122"/>
        <source>The planner speaks this language from its next start</source>
        <translation>Planeraren använder detta språk från nästa start</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="136"/>
        <source>The planner already speaks {language}.</source>
        <translation>Planeraren använder redan {language}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="143"/>
        <source>{language} from the next start of the planner.</source>
        <translation>{language} från nästa start av planeraren.</translation>
    </message>
</context>
<context>
    <name>LeverGroup</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="19"/>
        <source>Premises</source>
        <translation>Lokaler</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="26"/>
        <source>Workforce</source>
        <translation>Personal</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="39"/>
        <source>Fees</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="46"/>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="53"/>
        <source>Digital</source>
        <translation>Digitalt</translation>
    </message>
</context>
<context>
    <name>LeverHelp</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="15"/>
        <source>Space is given up from the leases that end first. Rent stops at the lease end, or after the notice period from the start date. Leaving early (an option) stops the rent at the start but costs the rent still owed, less the share re-let. Moving costs a one-off per square metre. Internal rent saved is not saved by the city.</source>
        <translation>Lokaler lämnas från de hyresavtal som upphör först. Hyran upphör när avtalet går ut eller efter uppsägningstiden från startdatumet. Att lämna i förtid (ett val) stoppar hyran vid starten men kostar den hyra som ännu ska betalas, minus den andel som hyrs ut igen. Flytten kostar ett engångsbelopp per kvadratmeter. Sparad intern hyra är ingen besparing för staden.</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="22"/>
        <source>The agency labour spend removed is saved. Hours not backfilled by own staff are lost capacity: on statutory lines that volume is bought at the substitute price, on queueable lines it becomes shortfall.</source>
        <translation>De borttagna utgifterna för hyrd arbetskraft sparas. Timmar som egen personal inte ersätter är förlorad kapacitet: inom lagstadgade tjänster köps den volymen till ersättningspriset, inom tjänster som kan köas blir den underskott.</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="29"/>
        <source>Share of the removed agency hours done by own staff instead, at own-staff cost (agency hours cost a premium), but only as fast as the division can recruit. Has effect only with agency labour removed.</source>
        <translation>Andel av de borttagna timmarna hyrd arbetskraft som egen personal gör i stället, till egen personals kostnad (hyrd arbetskraft kostar mer), men bara så fort som sektorn kan rekrytera. Verkar endast när hyrd arbetskraft tagits bort.</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="35"/>
        <source>From the start date, each fee moves this far from today&apos;s level toward the national reference (never above the legal maximum). Income is counted on delivered chargeable volume, less clients past the annual payment ceiling; demand falls a little.</source>
        <translation>Från startdatumet rör sig varje avgift så här långt från dagens nivå mot den nationella referensen (aldrig över lagens högsta avgift). Inkomsten räknas på tillgodosedd avgiftsbelagd volym, minus klienter som passerat det årliga avgiftstaket; efterfrågan minskar något.</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="42"/>
        <source>Costs a one-off amount per person trained and saves a share of the spend staff influence day to day (the training base the budget names; not HUS, purchased care or grants), in proportion to the share of staff trained. A low-confidence lever.</source>
        <translation>Kostar ett engångsbelopp per utbildad person och sparar en andel av de utgifter personalen påverkar dagligen (budgetens utbildningsbas; inte HUS, köpt vård eller understöd), i proportion till andelen utbildad personal. En åtgärd med låg säkerhet.</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="49"/>
        <source>Only lines counted in visits, appointments or contacts shift. Moved visits cost the digital unit cost; the in-person capacity they free first serves unmet or bought demand, and only what is left saves money, at the marginal cost. Setting up the channel is a one-off.</source>
        <translation>Endast tjänster som räknas i besök, mottagningsbesök eller kontakter flyttas. Flyttade besök kostar den digitala enhetskostnaden; den närservicekapacitet de frigör betjänar först otillgodosett eller köpt behov, och endast resten sparar pengar, till marginalkostnaden. Att inrätta kanalen är en engångskostnad.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="29"/>
        <source>{unit}, {low}–{high}; no change: {no_change}</source>
        <translation>{unit}, {low}–{high}; ingen ändring: {no_change}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="35"/>
        <source>Acts on these figures of the baseline {name}:</source>
        <translation>Verkar på dessa uppgifter i utgångsläget {name}:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="38"/>
        <source>Read = stated in a public source; derived = computed from read figures; assumption = a planning estimate with a low–high range. Help &gt; User Guide (F1) says more.</source>
        <translation>Läst = angiven i en offentlig källa; härledd = beräknad av lästa uppgifter; antagande = en planeringsuppskattning med ett intervall. Hjälp &gt; Användarhandbok (F1) berättar mer.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="63"/>
        <source>yes for {names}</source>
        <translation>ja för {names}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="65"/>
        <source>basis: {basis}; sources: {sources}</source>
        <translation>grund: {basis}; källor: {sources}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="79"/>
        <source>Read from {origin}</source>
        <translation>Läst från {origin}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="82"/>
        <source>Budget and capacity planning for a city&apos;s social services, health care and rescue services: move the levers, see the savings against the target and the service volumes delivered.</source>
        <translation>Budget- och kapacitetsplanering för stadens social-, hälsovårds- och räddningstjänster: flytta åtgärderna och se besparingarna mot målet och de tjänstevolymer som tillgodoses.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="88"/>
        <source>{records} provenance records: {read} read from public sources, {derived} derived from read figures, {assumed} assumptions, each with its reasoning and a low–high range; {documents} public documents cited. Every figure, its source address and the open questions are in {file}; each lever&apos;s tooltip names the figures it acts on.</source>
        <translation>{records} källuppgifter: {read} lästa från offentliga källor, {derived} härledda från lästa uppgifter, {assumed} antaganden, vart och ett med motivering och intervall; {documents} offentliga dokument citerade. Varje uppgift, dess källadress och de öppna frågorna finns i {file}; varje åtgärds verktygstips nämner de uppgifter den verkar på.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="102"/>
        <source>Baseline:</source>
        <translation>Utgångsläge:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="103"/>
        <source>Data sources:</source>
        <translation>Datakällor:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="104"/>
        <source>Free software under the MIT licence.</source>
        <translation>Fri programvara under MIT-licensen.</translation>
    </message>
</context>
<context>
    <name>LeverName</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="13"/>
        <source>Office space given up</source>
        <translation>Kontorslokaler som lämnas</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="20"/>
        <source>Outsourced labour removed</source>
        <translation>Hyrd arbetskraft som tas bort</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="27"/>
        <source>Removed hours backfilled by own staff</source>
        <translation>Borttagna timmar som ersätts av egen personal</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="33"/>
        <source>Client fees moved to the national reference</source>
        <translation>Klientavgifter mot den nationella referensen</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="40"/>
        <source>Staff who complete financial training</source>
        <translation>Personal som genomgår ekonomiutbildning</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="47"/>
        <source>Substitutable visits moved to the digital channel</source>
        <translation>Ersättningsbara besök till den digitala kanalen</translation>
    </message>
</context>
<context>
    <name>LeverPanel</name>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="84"/>
        <source>{lever}, slider</source>
        <translation>{lever}, skjutreglage</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="108"/>
        <source>{step} less</source>
        <translation>{step} mindre</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="111"/>
        <source>{step} more</source>
        <translation>{step} mer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="114"/>
        <source>Reset</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="116"/>
        <source>Back to no change ({value})</source>
        <translation>Tillbaka till ingen ändring ({value})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="121"/>
        <source>Reset {lever}</source>
        <translation>Återställ {lever}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="253"/>
        <source>Type a number from {low} to {high} (12.5 or 12,5).</source>
        <translation>Skriv ett tal från {low} till {high} (12,5 eller 12.5).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="257"/>
        <source>{typed} % is outside {low}–{high} %: not taken; the lever stays at {value}.</source>
        <translation>{typed} % ligger utanför {low}–{high} %: inte godtaget; åtgärden stannar på {value}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="292"/>
        <source>{typed} is not a plan year from {first} to {last}: not taken.</source>
        <translation>{typed} är inte ett planeringsår från {first} till {last}: inte godtaget.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="330"/>
        <source>{typed} is not a target from €0 to {high}: not taken.</source>
        <translation>{typed} är inte ett mål från 0 € till {high}: inte godtaget.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="352"/>
        <source>Plan settings</source>
        <translation>Planens inställningar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="357"/>
        <source>Plan year</source>
        <translation>Planeringsår</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="359"/>
        <source>The year the plan is for ({first}–{last}). Later years grow each service line&apos;s demand by its growth rate and costs by the wage and price indexes; leases that have ended by then stop their rent.</source>
        <translation>Året planen gäller ({first}–{last}). Senare år ökar varje tjänsts behov med dess tillväxttakt och kostnaderna med löne- och prisindexen; hyresavtal som upphört till dess slutar kosta hyra.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="375"/>
        <source>Savings target in euros</source>
        <translation>Sparmål i euro</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="378"/>
        <source>The plan-year savings to reach, in euros (arrow keys: ±€1,000,000). The default, {target}, is the target the baseline {year} states.</source>
        <translation>De besparingar som ska nås under planeringsåret, i euro (piltangenter: ±1 000 000 €). Standardvärdet {target} är målet som utgångsläget {year} anger.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="387"/>
        <source>Plan &amp;year</source>
        <translation>Planerings&amp;år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="388"/>
        <source>Savings &amp;target</source>
        <translation>Spar&amp;mål</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="447"/>
        <source>Reset all levers</source>
        <translation>Återställ alla åtgärder</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="449"/>
        <source>Every lever back to no change (Edit &gt; Reset Levers)</source>
        <translation>Varje åtgärd tillbaka till ingen ändring (Redigera &gt; Återställ åtgärder)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="73"/>
        <source>Targets by year…</source>
        <translation>Mål per år…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="75"/>
        <source>One target per year of the plan (default: the savings target in every year); one undo step</source>
        <translation>Ett mål per planår (standard: sparmålet varje år); ett ångringssteg</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="82"/>
        <source>Reach the target…</source>
        <translation>Nå målet…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="84"/>
        <source>Find the plan that reaches the target with the least harm to services, within limits you set (Ctrl+Shift+T)</source>
        <translation>Hitta den plan som når målet med minst skada för tjänsterna, inom gränser du anger (Ctrl+Skift+T)</translation>
    </message>
</context>
<context>
    <name>LeverShortName</name>
    <message>
        <location filename="../../planner/present/result.py" line="51"/>
        <source>Office</source>
        <translation>Kontor</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="52"/>
        <source>Outsourced</source>
        <translation>Hyrd</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="53"/>
        <source>Backfill</source>
        <translation>Ersättning</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="54"/>
        <source>Fees</source>
        <translation>Avgifter</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="55"/>
        <source>Training</source>
        <translation>Utbildning</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="56"/>
        <source>Digital</source>
        <translation>Digitalt</translation>
    </message>
</context>
<context>
    <name>LeverUnit</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="14"/>
        <source>% of leased office area</source>
        <translation>% av hyrd kontorsyta</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="21"/>
        <source>% of outsourced labour spend</source>
        <translation>% av utgifterna för hyrd arbetskraft</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="28"/>
        <source>% of removed hours</source>
        <translation>% av borttagna timmar</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="34"/>
        <source>% of the gap closed</source>
        <translation>% av skillnaden utjämnad</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="41"/>
        <source>% of staff</source>
        <translation>% av personalen</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="48"/>
        <source>% of substitutable visits</source>
        <translation>% av ersättningsbara besök</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="501"/>
        <source>&amp;Assumptions</source>
        <translation>&amp;Antaganden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="93"/>
        <location filename="../../planner/ui/main_window.py" line="255"/>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="117"/>
        <source>Service volumes table</source>
        <translation>Tabell över tjänstevolymer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="119"/>
        <source>Budget table</source>
        <translation>Budgettabell</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="121"/>
        <source>Savings by lever table</source>
        <translation>Tabell över besparingar per åtgärd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="124"/>
        <source>Warnings</source>
        <translation>Varningar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="141"/>
        <source>&amp;Service volumes</source>
        <translation>Tjänste&amp;volymer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="142"/>
        <source>&amp;Budget</source>
        <translation>&amp;Budget</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="143"/>
        <source>Savings by &amp;lever</source>
        <translation>Besparingar per åt&amp;gärd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="210"/>
        <location filename="../../planner/ui/workbook_files.py" line="88"/>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="211"/>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="159"/>
        <location filename="../../planner/ui/main_window.py" line="225"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="230"/>
        <source>&amp;Reset Levers</source>
        <translation>Återställ å&amp;tgärder</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="233"/>
        <source>Every lever back to no change (can be undone)</source>
        <translation>Varje åtgärd tillbaka till ingen ändring (kan ångras)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="241"/>
        <source>Scenari&amp;o</source>
        <translation>&amp;Scenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="251"/>
        <source>Show Scenario &amp;List</source>
        <translation>Visa scenario&amp;listan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="257"/>
        <source>&amp;About Planner</source>
        <translation>&amp;Om Planeraren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="278"/>
        <source>Baseline: {name}{origin}</source>
        <translation>Utgångsläge: {name}{origin}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="283"/>
        <source>Scenarios are evaluated on the baseline {name}</source>
        <translation>Scenarierna beräknas på utgångsläget {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="339"/>
        <source>&lt;b&gt;{mark} Warnings ({count})&lt;/b&gt;</source>
        <translation>&lt;b&gt;{mark} Varningar ({count})&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="343"/>
        <source>&lt;b&gt;No warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Inga varningar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="349"/>
        <source>About Planner</source>
        <translation>Om Planeraren</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="34"/>
        <source>&amp;Multi-year</source>
        <translation>&amp;Flerårigt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="38"/>
        <source>&amp;Targets by Year…</source>
        <translation>&amp;Mål per år…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="40"/>
        <source>The savings target of each year of the plan</source>
        <translation>Sparmålet för varje år i planen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="43"/>
        <source>Reac&amp;h the Target…</source>
        <translation>&amp;Nå målet…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="46"/>
        <source>Find the plan that reaches the target with the least harm to services</source>
        <translation>Hitta den plan som når målet med minst skada för tjänsterna</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="730"/>
        <source>&amp;Uncertainty</source>
        <translation>&amp;Osäkerhet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_guide.py" line="46"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Användarhandbok</translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_guide.py" line="48"/>
        <source>How to use the planner</source>
        <translation>Hur planeraren används</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="23"/>
        <source>January</source>
        <translation>januari</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="24"/>
        <source>February</source>
        <translation>februari</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="25"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="26"/>
        <source>April</source>
        <translation>april</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="27"/>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="28"/>
        <source>June</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="29"/>
        <source>July</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="30"/>
        <source>August</source>
        <translation>augusti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="31"/>
        <source>September</source>
        <translation>september</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="32"/>
        <source>October</source>
        <translation>oktober</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="33"/>
        <source>November</source>
        <translation>november</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="34"/>
        <source>December</source>
        <translation>december</translation>
    </message>
</context>
<context>
    <name>MonthsFrom</name>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="59"/>
        <source>from January {year}</source>
        <translation>från januari {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="60"/>
        <source>from February {year}</source>
        <translation>från februari {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="61"/>
        <source>from March {year}</source>
        <translation>från mars {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="62"/>
        <source>from April {year}</source>
        <translation>från april {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="63"/>
        <source>from May {year}</source>
        <translation>från maj {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="64"/>
        <source>from June {year}</source>
        <translation>från juni {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="65"/>
        <source>from July {year}</source>
        <translation>från juli {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="66"/>
        <source>from August {year}</source>
        <translation>från augusti {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="67"/>
        <source>from September {year}</source>
        <translation>från september {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="68"/>
        <source>from October {year}</source>
        <translation>från oktober {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="69"/>
        <source>from November {year}</source>
        <translation>från november {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="70"/>
        <source>from December {year}</source>
        <translation>från december {year}</translation>
    </message>
</context>
<context>
    <name>MonthsShort</name>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="42"/>
        <source>Jan</source>
        <translation>jan.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="43"/>
        <source>Feb</source>
        <translation>feb.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="44"/>
        <source>Mar</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="45"/>
        <source>Apr</source>
        <translation>apr.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="46"/>
        <source>May</source>
        <translation>maj</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="47"/>
        <source>Jun</source>
        <translation>juni</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="48"/>
        <source>Jul</source>
        <translation>juli</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="49"/>
        <source>Aug</source>
        <translation>aug.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="50"/>
        <source>Sep</source>
        <translation>sep.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="51"/>
        <source>Oct</source>
        <translation>okt.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="52"/>
        <source>Nov</source>
        <translation>nov.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="53"/>
        <source>Dec</source>
        <translation>dec.</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="46"/>
        <source>Print Pre&amp;view…</source>
        <translation>Förhandsgranska &amp;utskrift…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="49"/>
        <source>Preview the printed summary of the scenarios you choose</source>
        <translation>Förhandsgranska den utskrivna sammanfattningen av de scenarier du väljer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="52"/>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="55"/>
        <source>Print the summary of the scenarios you choose</source>
        <translation>Skriv ut sammanfattningen av de scenarier du väljer</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="58"/>
        <location filename="../../planner/ui/workbook_files.py" line="480"/>
        <source>Export P&amp;DF…</source>
        <translation>Exportera P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="61"/>
        <source>Save the printed summary as a PDF file</source>
        <translation>Spara den utskrivna sammanfattningen som en PDF-fil</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="64"/>
        <location filename="../../planner/ui/workbook_files.py" line="466"/>
        <source>Export &amp;Results…</source>
        <translation>Exportera &amp;resultat…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="67"/>
        <source>Save levers, savings, service volumes, budget and warnings to .xlsx or .csv</source>
        <translation>Spara åtgärder, besparingar, tjänstevolymer, budget och varningar som .xlsx eller .csv</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="116"/>
        <source>Print preview</source>
        <translation>Förhandsgranskning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="121"/>
        <source>Print preview: {title}</source>
        <translation>Förhandsgranskning: {title}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="129"/>
        <source>Print</source>
        <translation>Skriv ut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="139"/>
        <source>The summary was not printed</source>
        <translation>Sammanfattningen skrevs inte ut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="142"/>
        <source>Export PDF</source>
        <translation>Exportera PDF</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="146"/>
        <source>Export the summary as PDF</source>
        <translation>Exportera sammanfattningen som PDF</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="148"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="150"/>
        <source>summary</source>
        <translation>sammanfattning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="160"/>
        <source>The PDF was not saved</source>
        <translation>PDF-filen sparades inte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="164"/>
        <source>Saved the summary ({count} pages) to {path}</source>
        <translation>Sammanfattningen ({count} sidor) sparad i {path}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="175"/>
        <location filename="../../planner/ui/output_actions.py" line="184"/>
        <source>Export results</source>
        <translation>Exportera resultat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="176"/>
        <source>Scenarios to export, in this order (each gets its columns in every sheet):</source>
        <translation>Scenarier att exportera, i denna ordning (vart och ett får sina kolumner på varje blad):</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="186"/>
        <source>Excel workbook (*.xlsx);;CSV, one long table (*.csv)</source>
        <translation>Excel-arbetsbok (*.xlsx);;CSV, en lång tabell (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="188"/>
        <location filename="../../planner/ui/output_actions.py" line="252"/>
        <source>results</source>
        <translation>resultat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="197"/>
        <source>The results were not exported</source>
        <translation>Resultaten exporterades inte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="201"/>
        <source>Exported {count} scenario(s) to {path}</source>
        <translation>{count} scenarier exporterade till {path}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="246"/>
        <source>Planner scenarios</source>
        <translation>Planerarens scenarier</translation>
    </message>
</context>
<context>
    <name>Override</name>
    <message>
        <location filename="../../planner/present/figures.py" line="196"/>
        <source>assumes {value}, because {reason}</source>
        <translation>antar {value}, eftersom {reason}</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="198"/>
        <source>assumes {value} instead of {was}, because {reason}</source>
        <translation>antar {value} i stället för {was}, eftersom {reason}</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../planner/ui/problems_dialog.py" line="24"/>
        <source>1 problem found:</source>
        <translation>1 problem hittades:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/problems_dialog.py" line="26"/>
        <source>{count} problems found:</source>
        <translation>{count} problem hittades:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/problems_dialog.py" line="31"/>
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../planner/ui/problems_dialog.py" line="37"/>
        <source>&amp;Copy All</source>
        <translation>&amp;Kopiera alla</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../planner/present/provenance.py" line="22"/>
        <source>read</source>
        <translation>läst</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="23"/>
        <source>derived</source>
        <translation>härledd</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="100"/>
        <location filename="../../planner/report/content.py" line="382"/>
        <source>not in this baseline</source>
        <translation>inte i detta utgångsläge</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="103"/>
        <source>{count} values: {yes} yes, {no} no</source>
        <translation>{count} värden: {yes} ja, {no} nej</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="110"/>
        <source>{count} values: {texts}</source>
        <translation>{count} värden: {texts}</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="117"/>
        <source>{count} values, all {value}</source>
        <translation>{count} värden, alla {value}</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="120"/>
        <source>{count} values, {low} to {high}</source>
        <translation>{count} värden, {low} till {high}</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="135"/>
        <source>assumption, range {low}–{high}</source>
        <translation>antagande, intervall {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="139"/>
        <source>assumption ×{count}, all with ranges</source>
        <translation>antagande ×{count}, alla med intervall</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="143"/>
        <source>assumption ×{count}, {without} without range</source>
        <translation>antagande ×{count}, {without} utan intervall</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="153"/>
        <source>no provenance for {count}</source>
        <translation>ingen källuppgift för {count}</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="155"/>
        <location filename="../../planner/report/content.py" line="386"/>
        <source>no provenance recorded</source>
        <translation>ingen källuppgift registrerad</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="171"/>
        <location filename="../../planner/report/content.py" line="391"/>
        <source>none (an estimate)</source>
        <translation>ingen (en uppskattning)</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="172"/>
        <location filename="../../planner/report/content.py" line="389"/>
        <source>none given</source>
        <translation>ingen angiven</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="176"/>
        <source>{hosts} and {count} more</source>
        <translation>{hosts} och {count} till</translation>
    </message>
</context>
<context>
    <name>ReachTarget</name>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="118"/>
        <source> </source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="119"/>
        <source>Current plan</source>
        <translation>Nuvarande plan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="120"/>
        <source>Proposed plan</source>
        <translation>Föreslagen plan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="121"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="168"/>
        <source>Levers</source>
        <translation>Åtgärder</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="173"/>
        <source>Savings by year</source>
        <translation>Besparingar per år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="178"/>
        <source>{year} (target {target})</source>
        <translation>{year} (mål {target})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="189"/>
        <source>Services that change in {year} (share of demand met)</source>
        <translation>Tjänster som ändras år {year} (andel av behovet som tillgodoses)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="207"/>
        <source>{volume} {unit}s bought</source>
        <translation>{volume} {unit} köpta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="220"/>
        <source>No service line changes</source>
        <translation>Ingen tjänst ändras</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="232"/>
        <source>{lever} is at its upper limit ({value})</source>
        <translation>{lever} ligger vid sin övre gräns ({value})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="234"/>
        <source>{lever} is at its lower limit ({value})</source>
        <translation>{lever} ligger vid sin nedre gräns ({value})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="239"/>
        <source>{line} is at its floor</source>
        <translation>{line} ligger vid sin miniminivå</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="245"/>
        <source>one-off costs in {year} are at the ceiling</source>
        <translation>engångskostnaderna år {year} ligger vid taket</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="251"/>
        <source>the target of {year} is just met</source>
        <translation>målet för år {year} nås precis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="262"/>
        <source>Reach the target</source>
        <translation>Nå målet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="273"/>
        <source>Levers that may move, and their limits</source>
        <translation>Åtgärder som får ändras och deras gränser</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="276"/>
        <source>&lt;b&gt;Lever&lt;/b&gt;</source>
        <translation>&lt;b&gt;Åtgärd&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="277"/>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nu&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="278"/>
        <source>&lt;b&gt;At least&lt;/b&gt;</source>
        <translation>&lt;b&gt;Minst&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="279"/>
        <source>&lt;b&gt;At most&lt;/b&gt;</source>
        <translation>&lt;b&gt;Högst&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="288"/>
        <source>Let the search move {lever}; unticked, it stays at its current value</source>
        <translation>Låt sökningen ändra {lever}; utan kryss stannar den på sitt nuvarande värde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="296"/>
        <source>{lever}, at least</source>
        <translation>{lever}, minst</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="297"/>
        <source>{lever}, at most</source>
        <translation>{lever}, högst</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="301"/>
        <source>A policy limit inside the lever&apos;s range {low}–{high}</source>
        <translation>En politisk gräns inom åtgärdens intervall {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="323"/>
        <source>Reach</source>
        <translation>Nå</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="326"/>
        <source>the target of the plan year, {year} ({target})</source>
        <translation>planeringsårets mål, {year} ({target})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="332"/>
        <source>the target path in every year, {first}–{last}</source>
        <translation>målbanan varje år, {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="338"/>
        <source>The targets by year (Plan settings &gt; Targets by year…)</source>
        <translation>Målen per år (Planens inställningar &gt; Mål per år…)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="346"/>
        <source>One-off costs at most</source>
        <translation>Engångskostnader högst</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="357"/>
        <source>Ceiling on one-off costs in euros</source>
        <translation>Tak för engångskostnader i euro</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="362"/>
        <source>in any one year</source>
        <translation>under ett enskilt år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="368"/>
        <source>Always: no service line below its floor (statutory demand beyond own capacity is bought). Of the plans that reach the target, the one that loses the least service (demand not delivered, at unit cost), then the one that changes the current plan least. Start dates stay as they are.</source>
        <translation>Alltid: ingen tjänst under sin miniminivå (lagstadgat behov utöver egen kapacitet köps). Av de planer som når målet väljs den som förlorar minst service (behov som inte tillgodoses, till enhetskostnad), sedan den som ändrar den nuvarande planen minst. Startdatumen förblir som de är.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="381"/>
        <source>&amp;Find a plan</source>
        <translation>&amp;Hitta en plan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="383"/>
        <source>&amp;Cancel search</source>
        <translation>&amp;Avbryt sökningen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="405"/>
        <source>The proposed plan beside the current one</source>
        <translation>Den föreslagna planen bredvid den nuvarande</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="416"/>
        <source>&amp;Apply</source>
        <translation>&amp;Verkställ</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="418"/>
        <source>Set the levers to the proposed plan (one undo step)</source>
        <translation>Ställ åtgärderna enligt den föreslagna planen (ett ångringssteg)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="420"/>
        <source>&amp;Save as new scenario</source>
        <translation>&amp;Spara som nytt scenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="422"/>
        <source>Add the proposed plan as a new scenario after the current one</source>
        <translation>Lägg till den föreslagna planen som ett nytt scenario efter det nuvarande</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="426"/>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="469"/>
        <source>Cannot search: tick at least one lever that may move.</source>
        <translation>Kan inte söka: kryssa för minst en åtgärd som sökningen får ändra.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="477"/>
        <source>Cannot search: {reason}</source>
        <translation>Kan inte söka: {reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="489"/>
        <source>Searching…</source>
        <translation>Söker…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="498"/>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="503"/>
        <source>Searching… {count} steps so far</source>
        <translation>Söker… {count} steg hittills</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="519"/>
        <source>Search cancelled; nothing changed.</source>
        <translation>Sökningen avbröts; inget ändrades.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="523"/>
        <source>The search failed: {reason}</source>
        <translation>Sökningen misslyckades: {reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="528"/>
        <source>The plan changed during the search; find again.</source>
        <translation>Planen ändrades under sökningen; sök igen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="542"/>
        <source>Found: this plan reaches the target {when}. Service lost beyond the no-change trend: {lost}.</source>
        <translation>Hittad: denna plan når målet {when}. Förlorad service jämfört med utvecklingen utan ändringar: {lost}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="569"/>
        <source>The current plan already reaches the target {when} within these limits; the search proposes no change.</source>
        <translation>Den nuvarande planen når redan målet {when} inom dessa gränser; sökningen föreslår ingen ändring.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="665"/>
        <source>in {year}</source>
        <translation>år {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="666"/>
        <source>in {first}–{last}</source>
        <translation>åren {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="550"/>
        <source>What holds it: {list}.</source>
        <translation>Vad som begränsar den: {list}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="555"/>
        <source>{year}: {gap}</source>
        <translation>{year}: {gap}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="559"/>
        <source>Not reachable within these limits. The closest plan is shown: {shorts}.</source>
        <translation>Går inte att nå inom dessa gränser. Den närmaste planen visas: {shorts}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="564"/>
        <source>What binds: {list}.</source>
        <translation>Vad som binder: {list}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="575"/>
        <source>Done.</source>
        <translation>Klart.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="590"/>
        <source>The plan changed since the search; find again.</source>
        <translation>Planen har ändrats sedan sökningen; sök igen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="605"/>
        <source>Applied (Edit &gt; Undo takes it back).</source>
        <translation>Verkställt (Redigera &gt; Ångra tar tillbaka det).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="613"/>
        <source>{name} – target reached</source>
        <translation>{name} – målet nått</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="615"/>
        <source>{name} – closest plan</source>
        <translation>{name} – närmaste plan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="622"/>
        <source>Found by Reach the target. {summary}</source>
        <translation>Hittad med Nå målet. {summary}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="634"/>
        <source>Saved as the scenario “{name}”.</source>
        <translation>Sparat som scenariot ”{name}”.</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../planner/ui/recent_files.py" line="28"/>
        <source>Open &amp;Recent</source>
        <translation>Öppna &amp;senaste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/recent_files.py" line="52"/>
        <source>Removed from Open Recent (no longer there): {names}</source>
        <translation>Borttagna från senaste (finns inte längre): {names}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/recent_files.py" line="65"/>
        <source>No recent workbooks</source>
        <translation>Inga senaste arbetsböcker</translation>
    </message>
    <message>
        <location filename="../../planner/ui/recent_files.py" line="67"/>
        <source>&amp;Clear Recent Workbooks</source>
        <translation>&amp;Töm listan över senaste arbetsböcker</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="40"/>
        <source>an untitled workbook</source>
        <translation>en namnlös arbetsbok</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="44"/>
        <source>1 scenario</source>
        <translation>1 scenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="46"/>
        <source>{count} scenarios</source>
        <translation>{count} scenarier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="50"/>
        <source>Restore unsaved work?</source>
        <translation>Återställa osparat arbete?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="52"/>
        <source>The planner did not close normally. Unsaved work from {when} was kept:
{origin} ({scenarios}: {names}).</source>
        <translation>Programmet stängdes inte normalt. Osparat arbete från {when} har bevarats:
{origin} ({scenarios}: {names}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="58"/>
        <source>Restore opens it as unsaved work to look at and save. Discard deletes it. Later keeps it for the next start.</source>
        <translation>Återställ öppnar det som osparat arbete att granska och spara. Förkasta raderar det. Senare sparar det till nästa start.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="64"/>
        <source>(1 more recovered workbook is kept for later.)</source>
        <translation>(1 annan återställd arbetsbok sparas till senare.)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="67"/>
        <source>({count} more recovered workbooks are kept for later.)</source>
        <translation>({count} andra återställda arbetsböcker sparas till senare.)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="71"/>
        <source>&amp;Restore</source>
        <translation>&amp;Återställ</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="73"/>
        <source>&amp;Discard</source>
        <translation>&amp;Förkasta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="75"/>
        <source>&amp;Later</source>
        <translation>&amp;Senare</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="126"/>
        <source>Unsaved work is kept for recovery again</source>
        <translation>Osparat arbete sparas åter för återställning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="131"/>
        <source>Unsaved work cannot be kept for recovery in {folder}: {why}. Save your work (File &gt; Save As) to keep it.</source>
        <translation>Osparat arbete kan inte sparas för återställning i {folder}: {why}. Spara ditt arbete (Arkiv &gt; Spara som) för att behålla det.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="136"/>
        <source>⚠ Unsaved work is not kept for recovery</source>
        <translation>⚠ Osparat arbete sparas inte för återställning</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../../planner/present/result.py" line="19"/>
        <location filename="../../planner/present/result.py" line="29"/>
        <source>{amount} short</source>
        <translation>saknas {amount}</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="21"/>
        <location filename="../../planner/present/result.py" line="30"/>
        <source>{amount} over</source>
        <translation>{amount} över</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="22"/>
        <source>on target</source>
        <translation>på målet</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../../planner/report/risk.py" line="45"/>
        <source>Risk: {name}</source>
        <translation>Risk: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="47"/>
        <source>How likely is the target?</source>
        <translation>Hur sannolikt är målet?</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="49"/>
        <source>The baseline&apos;s planning estimates were drawn {draws} times, each between its low and its high with its value the most likely (a triangular distribution), independently of one another; random seed {seed}, so the same summary prints the same figures. Levers and the figures the scenario sets itself are held.</source>
        <translation>Utgångslägets planeringsuppskattningar drogs {draws} gånger, var och en mellan sitt lägsta och högsta värde med sitt värde som det mest sannolika (triangelfördelning), oberoende av varandra; slumpfrö {seed}, så samma sammanfattning skriver ut samma siffror. Åtgärderna och de uppgifter scenariot själv anger hålls oförändrade.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="60"/>
        <source>Probability of reaching the target, by year</source>
        <translation>Sannolikhet att nå målet, per år</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="68"/>
        <source>{year} plan year</source>
        <translation>{year} planeringsår</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="80"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="81"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="82"/>
        <source>Savings, 10th percentile</source>
        <translation>Besparingar, 10:e percentilen</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="83"/>
        <source>Median savings</source>
        <translation>Besparingarnas median</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="84"/>
        <source>Savings, 90th percentile</source>
        <translation>Besparingar, 90:e percentilen</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="85"/>
        <source>Probability of reaching the target</source>
        <translation>Sannolikhet att nå målet</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="93"/>
        <source>In eight draws of ten the savings of a year lie within the gray band; the line is the middle draw.</source>
        <translation>I åtta dragningar av tio ligger ett års besparingar inom det grå bandet; linjen är den mittersta dragningen.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="107"/>
        <source>These figures are held at the scenario&apos;s values in every draw and left out of the bars above.</source>
        <translation>Dessa uppgifter hålls vid scenariots värden i varje dragning och ingår inte i staplarna ovan.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="119"/>
        <source>This scenario changes none of the baseline&apos;s assumptions.</source>
        <translation>Detta scenario ändrar inget av utgångslägets antaganden.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="131"/>
        <source>What matters most for the savings in {year}</source>
        <translation>Vad som påverkar besparingarna år {year} mest</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="138"/>
        <source>The {count} estimates (and levers) that move the plan-year savings most: each at its low and at its high with every other figure at its value; a lever 10 points down and up. Bars show the change in the plan-year savings.</source>
        <translation>De {count} uppskattningar (och åtgärder) som påverkar planeringsårets besparingar mest: var och en på sitt lägsta och sitt högsta värde med alla andra uppgifter på sina värden; en åtgärd 10 procentenheter ned och upp. Staplarna visar ändringen i planeringsårets besparingar.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="151"/>
        <source>at its low</source>
        <translation>på sitt lägsta</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="152"/>
        <source>at its high</source>
        <translation>på sitt högsta</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="161"/>
        <source>No estimate and no lever moves the plan-year savings of this scenario.</source>
        <translation>Ingen uppskattning och ingen åtgärd påverkar planeringsårets besparingar i detta scenario.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="187"/>
        <source>Lever: {name}</source>
        <translation>Åtgärd: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="188"/>
        <source>{low} to {high} %, as the scenario could set it</source>
        <translation>{low} till {high} %, som scenariot kunde ange den</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="196"/>
        <source>{low} to {high} (value {value}); source: {source}</source>
        <translation>{low} till {high} (värde {value}); källa: {source}</translation>
    </message>
</context>
<context>
    <name>ScenarioList</name>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="58"/>
        <source>Last changed {when} by {user}</source>
        <translation>Senast ändrad {when} av {user}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="60"/>
        <source>Last changed by {user}</source>
        <translation>Senast ändrad av {user}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="62"/>
        <source>Last changed {when}</source>
        <translation>Senast ändrad {when}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="155"/>
        <location filename="../../planner/ui/scenario_list.py" line="380"/>
        <source>Scenarios</source>
        <translation>Scenarier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="166"/>
        <source>Scenarios in this &amp;workbook:</source>
        <translation>Scenarier i denna &amp;arbetsbok:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="179"/>
        <source>&amp;New Scenario</source>
        <translation>&amp;Nytt scenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="182"/>
        <source>Add a scenario at no change (with this plan year and target)</source>
        <translation>Lägg till ett scenario utan ändringar (med detta planeringsår och mål)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="187"/>
        <source>&amp;Duplicate Scenario</source>
        <translation>&amp;Duplicera scenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="190"/>
        <source>Add a copy of the current scenario to change</source>
        <translation>Lägg till en kopia av det nuvarande scenariot för ändring</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="193"/>
        <source>&amp;Rename Scenario…</source>
        <translation>&amp;Byt namn på scenariot…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="196"/>
        <source>Rename the scenario</source>
        <translation>Byt namn på scenariot</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="201"/>
        <source>De&amp;lete Scenario…</source>
        <translation>&amp;Ta bort scenario…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="204"/>
        <source>Delete the current scenario</source>
        <translation>Ta bort det nuvarande scenariot</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="216"/>
        <source>New</source>
        <translation>Nytt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="217"/>
        <source>Duplicate</source>
        <translation>Duplicera</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="218"/>
        <source>Rename</source>
        <translation>Byt namn</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="219"/>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="233"/>
        <source>Scenario description</source>
        <translation>Scenariots beskrivning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="235"/>
        <source>Notes on this scenario: what it assumes, who asked for it, what to check.</source>
        <translation>Anteckningar om detta scenario: vad det antar, vem som bad om det, vad som ska kontrolleras.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="241"/>
        <source>Descri&amp;ption:</source>
        <translation>Beskri&amp;vning:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="286"/>
        <source>Delete scenario</source>
        <translation>Ta bort scenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="287"/>
        <source>Delete the scenario “{name}”?

Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Ta bort scenariot ”{name}”?

Redigera &gt; Ångra (Ctrl+Z) återställer det.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="311"/>
        <source>The scenario was not renamed</source>
        <translation>Scenariot bytte inte namn</translation>
    </message>
</context>
<context>
    <name>ScenarioName</name>
    <message>
        <location filename="../../planner/ui/state.py" line="24"/>
        <source>No change</source>
        <translation>Ingen ändring</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="267"/>
        <source>New scenario</source>
        <translation>Nytt scenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="284"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <location filename="../../planner/ui/scenario_picker.py" line="23"/>
        <source>{action}: choose scenarios</source>
        <translation>{action}: välj scenarier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_picker.py" line="26"/>
        <source>Scenarios to include</source>
        <translation>Scenarier att ta med</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_picker.py" line="34"/>
        <source>Scenarios to include, in this order (several get a comparison page first):</source>
        <translation>Scenarier att ta med, i denna ordning (flera får först en jämförelsesida):</translation>
    </message>
</context>
<context>
    <name>ServiceChart</name>
    <message>
        <location filename="../../planner/ui/charts.py" line="330"/>
        <source>Service volumes against demand</source>
        <translation>Tjänstevolymer mot behovet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="332"/>
        <source>&lt;b&gt;Service volumes&lt;/b&gt; as a share of plan-year demand (- - 100 %): {capacity} capacity, {met} delivered in full, {short} &lt;b&gt;▼&lt;/b&gt; short of demand (hatched), &lt;b&gt;|&lt;/b&gt; the line&apos;s floor</source>
        <translation>&lt;b&gt;Tjänstevolymer&lt;/b&gt; som andel av planeringsårets behov (- - 100 %): {capacity} kapacitet, {met} helt tillgodosett, {short} &lt;b&gt;▼&lt;/b&gt; underskott mot behovet (streckat), &lt;b&gt;|&lt;/b&gt; tjänstens miniminivå</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="350"/>
        <source>% of demand</source>
        <translation>% av behovet</translation>
    </message>
</context>
<context>
    <name>ServiceUnit</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="54"/>
        <source>contact</source>
        <translation>kontakter</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="55"/>
        <source>visit</source>
        <translation>besök</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="56"/>
        <source>care day</source>
        <translation>vårddygn</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="57"/>
        <source>appointment</source>
        <translation>mottagningsbesök</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="58"/>
        <source>client</source>
        <translation>klienter</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="59"/>
        <source>response</source>
        <translation>uppdrag</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="60"/>
        <source>mission</source>
        <translation>uppdrag</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../planner/ui/app.py" line="55"/>
        <source>Planner cannot start</source>
        <translation>Planeraren kan inte starta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/app.py" line="63"/>
        <source>The file was not opened</source>
        <translation>Filen öppnades inte</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../planner/ui/state.py" line="238"/>
        <source>A scenario name has at most {count} characters.</source>
        <translation>Ett scenarionamn har högst {count} tecken.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/state.py" line="245"/>
        <source>Another scenario is already called “{name}”; names must differ.</source>
        <translation>Ett annat scenario heter redan ”{name}”; namnen måste skilja sig.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../planner/report/content.py" line="39"/>
        <source>▼ below floor</source>
        <translation>▼ under miniminivån</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="44"/>
        <source>not recorded (summary generated {date})</source>
        <translation>inte registrerat (sammanfattningen skapad {date})</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="65"/>
        <source>Scenario summary</source>
        <translation>Scenariosammanfattning</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="72"/>
        <source>Author</source>
        <translation>Upphovsperson</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="73"/>
        <source>not recorded</source>
        <translation>inte registrerat</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="75"/>
        <source>Last changed</source>
        <translation>Senast ändrad</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="77"/>
        <source>Plan year</source>
        <translation>Planeringsår</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="78"/>
        <source>{year}; savings target {target}</source>
        <translation>{year}; sparmål {target}</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="82"/>
        <location filename="../../planner/report/content.py" line="558"/>
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="84"/>
        <source>Workbook</source>
        <translation>Arbetsbok</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="86"/>
        <source>not saved to a file</source>
        <translation>inte sparad i en fil</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="111"/>
        <source>Target reached, {gap}.</source>
        <translation>Målet nått, {gap}.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="113"/>
        <source>Target not reached, {gap}.</source>
        <translation>Målet inte nått, {gap}.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="114"/>
        <source>In-year effect of the levers, before one-off costs: {recurring}. One-off costs in the plan year: {one_off} (included in the plan-year savings).</source>
        <translation>Åtgärdernas årseffekt, före engångskostnader: {recurring}. Engångskostnader under planeringsåret: {one_off} (ingår i planeringsårets besparingar).</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="123"/>
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="127"/>
        <source>Savings in plan year {year}</source>
        <translation>Besparingar under planeringsåret {year}</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="130"/>
        <source>Savings target</source>
        <translation>Sparmål</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="131"/>
        <location filename="../../planner/report/content.py" line="204"/>
        <source>Gap to the target</source>
        <translation>Skillnad mot målet</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="132"/>
        <source>Share of the target reached</source>
        <translation>Andel av målet som nåtts</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="166"/>
        <source>Year by year</source>
        <translation>År för år</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="168"/>
        <source>Savings in each year against the no-change trend, in M€; savings are after one-off costs, which fall in the year a measure starts.</source>
        <translation>Besparingar varje år jämfört med utvecklingen utan ändringar, i M€; besparingarna är efter engångskostnader, som faller på det år en åtgärd startar.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="182"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="184"/>
        <source>Savings</source>
        <translation>Besparingar</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="189"/>
        <source>of which cost savings</source>
        <translation>varav kostnadsbesparingar</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="194"/>
        <source>of which extra income</source>
        <translation>varav extra inkomster</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="199"/>
        <source>One-off costs (included)</source>
        <translation>Engångskostnader (ingår)</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="212"/>
        <source>{year} plan year</source>
        <translation>{year} planeringsår</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="267"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="284"/>
        <source>No lever is changed, so there is no bridge of savings to draw.</source>
        <translation>Ingen åtgärd är ändrad, så det finns ingen bro av besparingar att rita.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="291"/>
        <source>Savings by lever in plan year {year}</source>
        <translation>Besparingar per åtgärd under planeringsåret {year}</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="299"/>
        <source>Lever</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="300"/>
        <source>Setting</source>
        <translation>Inställning</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="301"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="302"/>
        <source>Plan-year saving</source>
        <translation>Besparing under planeringsåret</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="303"/>
        <source>Share of target</source>
        <translation>Andel av målet</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="304"/>
        <source>In-year effect</source>
        <translation>Årseffekt</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="305"/>
        <source>One-off cost</source>
        <translation>Engångskostnad</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="317"/>
        <source>Levers changed from no change</source>
        <translation>Åtgärder som ändrats</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="322"/>
        <source>Every lever is at its no-change value; no baseline figure is acted on.</source>
        <translation>Varje åtgärd ligger på sitt värde utan ändring; ingen uppgift i utgångsläget påverkas.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="329"/>
        <source>Each lever with the figures of the baseline it works on: their values, whether they are read from a published source, derived from read figures or a planning estimate (with a low–high range), and where the sources are published.</source>
        <translation>Varje åtgärd med de uppgifter i utgångsläget den verkar på: deras värden, om de är lästa från en publicerad källa, härledda från lästa uppgifter eller en planeringsuppskattning (med intervall), och var källorna är publicerade.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="364"/>
        <source>Figure and value</source>
        <translation>Uppgift och värde</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="365"/>
        <source>Basis</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="366"/>
        <source>Published by</source>
        <translation>Publicerad av</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="387"/>
        <source>as recorded in the baseline</source>
        <translation>som registrerat i utgångsläget</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="392"/>
        <source>planning estimate</source>
        <translation>planeringsuppskattning</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="407"/>
        <source>Assumptions this scenario changes</source>
        <translation>Antaganden som detta scenario ändrar</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="422"/>
        <source>Figure</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="423"/>
        <source>This scenario</source>
        <translation>Detta scenario</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="454"/>
        <source>1 line below floor, marked {mark} and bold: the line meets less of its demand than its floor.</source>
        <translation>1 tjänst under miniminivån, markerad {mark} och i fetstil: tjänsten tillgodoser mindre av sitt behov än sin miniminivå.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="460"/>
        <source>{count} lines below floor, marked {mark} and bold: each meets less of its demand than its floor.</source>
        <translation>{count} tjänster under miniminivån, markerade {mark} och i fetstil: var och en tillgodoser mindre av sitt behov än sin miniminivå.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="467"/>
        <source>Every line meets at least its floor of demand.</source>
        <translation>Varje tjänst tillgodoser minst sin miniminivå av behovet.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="470"/>
        <source>Service volumes in plan year {year}</source>
        <translation>Tjänstevolymer under planeringsåret {year}</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="478"/>
        <source>Service line</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="479"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="480"/>
        <source>{year} volume</source>
        <translation>Volym {year}</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="481"/>
        <source>Demand</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="482"/>
        <source>Delivered</source>
        <translation>Tillgodosett</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="483"/>
        <source>Shortfall</source>
        <translation>Underskott</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="484"/>
        <source>Share met</source>
        <translation>Andel tillgodosett</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="485"/>
        <source>Floor</source>
        <translation>Miniminivå</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="503"/>
        <source>Expenses in all</source>
        <translation>Utgifter sammanlagt</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="504"/>
        <source>Income in all</source>
        <translation>Inkomster sammanlagt</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="541"/>
        <source>Net cost (expenses − income)</source>
        <translation>Nettoutgifter (utgifter − inkomster)</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="553"/>
        <source>Budget by category</source>
        <translation>Budget per kategori</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="556"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="557"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="559"/>
        <source>No change</source>
        <translation>Ingen ändring</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="560"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="561"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="573"/>
        <source>Warnings ({count})</source>
        <translation>Varningar ({count})</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="577"/>
        <source>No warnings from the model.</source>
        <translation>Inga varningar från modellen.</translation>
    </message>
    <message>
        <location filename="../../planner/report/document.py" line="154"/>
        <source>Generated {time} by planner {version}</source>
        <translation>Skapad {time} av planner {version}</translation>
    </message>
    <message>
        <location filename="../../planner/report/document.py" line="163"/>
        <source>Scenario summary: {names}</source>
        <translation>Scenariosammanfattning: {names}</translation>
    </message>
    <message>
        <location filename="../../planner/report/flow.py" line="207"/>
        <source>page {number} of {count}</source>
        <translation>sida {number} av {count}</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../planner/ui/tables.py" line="148"/>
        <source>Service line</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="149"/>
        <source>Demand</source>
        <translation>Behov</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="150"/>
        <source>Delivered</source>
        <translation>Tillgodosett</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="151"/>
        <source>Bought</source>
        <translation>Köpt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="152"/>
        <source>Shortfall</source>
        <translation>Underskott</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="153"/>
        <location filename="../../planner/ui/years_view.py" line="232"/>
        <source>Demand met</source>
        <translation>Behov tillgodosett</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="154"/>
        <source>Capacity</source>
        <translation>Kapacitet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="155"/>
        <source>Floor</source>
        <translation>Miniminivå</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="156"/>
        <source>Unit</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="157"/>
        <source>Baseline volume</source>
        <translation>Volym i utgångsläget</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="203"/>
        <source>{name}: {volume} {unit}s bought from other providers at the substitute price (statutory demand beyond own capacity; no change: {trend})</source>
        <translation>{name}: {volume} {unit} köpta av andra producenter till ersättningspriset (lagstadgat behov utöver egen kapacitet; ingen ändring: {trend})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="213"/>
        <source>{name}: demand {demand} {unit}s, capacity {capacity}, delivered {delivered} ({share} of demand; floor {floor})</source>
        <translation>{name}: behov {demand} {unit}, kapacitet {capacity}, tillgodosett {delivered} ({share} av behovet; miniminivå {floor})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="227"/>
        <source>; {volume} bought from other providers</source>
        <translation>; {volume} köpta av andra producenter</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="231"/>
        <source>; {volume} moved to the digital channel</source>
        <translation>; {volume} flyttade till den digitala kanalen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="235"/>
        <source>. {mark} {volume} {unit}s short of demand</source>
        <translation>. {mark} {volume} {unit} under behovet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="247"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="248"/>
        <source>Kind</source>
        <translation>Slag</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="249"/>
        <source>Baseline</source>
        <translation>Utgångsläge</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="250"/>
        <source>No change</source>
        <translation>Ingen ändring</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="251"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="252"/>
        <source>Change</source>
        <translation>Ändring</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="253"/>
        <source>Change %</source>
        <translation>Ändring %</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="257"/>
        <source>Net cost (expenses − income)</source>
        <translation>Nettoutgifter (utgifter − inkomster)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="298"/>
        <source>Lever</source>
        <translation>Åtgärd</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="299"/>
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="300"/>
        <source>Plan year</source>
        <translation>Planeringsår</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="301"/>
        <location filename="../../planner/ui/years_view.py" line="228"/>
        <source>In-year effect</source>
        <translation>Årseffekt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="302"/>
        <location filename="../../planner/ui/years_view.py" line="229"/>
        <source>One-off costs</source>
        <translation>Engångskostnader</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="303"/>
        <source>Share of target</source>
        <translation>Andel av målet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="305"/>
        <source>Total</source>
        <translation>Totalt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="361"/>
        <source>Concerns</source>
        <translation>Gäller</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="361"/>
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="226"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="227"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="230"/>
        <source>Savings</source>
        <translation>Besparingar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="231"/>
        <source>Against target</source>
        <translation>Mot målet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="233"/>
        <source>Worst line</source>
        <translation>Svagaste tjänst</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="234"/>
        <source>Below floor</source>
        <translation>Under miniminivån</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="235"/>
        <location filename="../../planner/ui/years_view.py" line="252"/>
        <source>Lines buying more</source>
        <translation>Tjänster som köper mer</translation>
    </message>
</context>
<context>
    <name>TargetPath</name>
    <message>
        <location filename="../../planner/ui/target_path.py" line="26"/>
        <source>Targets by year</source>
        <translation>Mål per år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/target_path.py" line="29"/>
        <source>The savings to reach in each year, in euros. A year left at the scenario&apos;s target ({target}) follows it when it changes.</source>
        <translation>De besparingar som ska nås varje år, i euro. Ett år som lämnas vid scenariots mål ({target}) följer det när det ändras.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/target_path.py" line="50"/>
        <source>Target for {year} in euros</source>
        <translation>Mål för {year} i euro</translation>
    </message>
    <message>
        <location filename="../../planner/ui/target_path.py" line="53"/>
        <source>The savings to reach in {year} (arrow keys: ±€1,000,000)</source>
        <translation>De besparingar som ska nås år {year} (piltangenter: ±1 000 000 €)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/target_path.py" line="67"/>
        <source>&amp;Same in every year</source>
        <translation>&amp;Samma varje år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/target_path.py" line="69"/>
        <source>Every year back to {target}</source>
        <translation>Varje år tillbaka till {target}</translation>
    </message>
</context>
<context>
    <name>Timing</name>
    <message>
        <location filename="../../planner/present/figures.py" line="187"/>
        <source>from {start}, full effect after {months} months</source>
        <translation>från {start}, full effekt efter {months} månader</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="190"/>
        <source>from {start}</source>
        <translation>från {start}</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="231"/>
        <source>{start}, {months}-month ramp-up</source>
        <translation>{start}, {months} månaders upptrappning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="86"/>
        <source>no ramp-up</source>
        <translation>ingen upptrappning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="88"/>
        <source>1-month ramp-up</source>
        <translation>1 månads upptrappning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="89"/>
        <source>{months}-month ramp-up</source>
        <translation>{months} månaders upptrappning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="98"/>
        <source>{start}, {ramp}</source>
        <translation>{start}, {ramp}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="102"/>
        <source>{start}, leaving leases early</source>
        <translation>{start}, hyresavtal lämnas i förtid</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="103"/>
        <source>{start}, as leases end</source>
        <translation>{start}, när hyresavtalen upphör</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="115"/>
        <source>{month} {year}, {ramp}</source>
        <translation>{month} {year}, {ramp}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="118"/>
        <source>{year}-{month:02d}, ramp {months} mo</source>
        <translation>{month:02d}/{year}, upptrappning {months} mån</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="123"/>
        <source>{month} {year}, leave early</source>
        <translation>{month} {year}, i förtid</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="125"/>
        <source>{month} {year}, as leases end</source>
        <translation>{month} {year}, när avtalen upphör</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="128"/>
        <source>{year}-{month:02d}, early</source>
        <translation>{month:02d}/{year}, i förtid</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="130"/>
        <source>{year}-{month:02d}</source>
        <translation>{month:02d}/{year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="90"/>
        <location filename="../../planner/ui/timing_editor.py" line="225"/>
        <source>When {lever} starts</source>
        <translation>När {lever} startar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="94"/>
        <source>Start year</source>
        <translation>Startår</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="96"/>
        <source>The year the measure takes effect. A start before {year} means it was already in force (its one-off cost fell before the years shown).</source>
        <translation>Det år åtgärden träder i kraft. En start före {year} betyder att den redan gällde (dess engångskostnad föll före de visade åren).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="104"/>
        <source>Start month</source>
        <translation>Startmånad</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="106"/>
        <source>The first month in force: effects are counted by month, so a start in February gives 11/12 of a year&apos;s effect. One-off costs fall at the start.</source>
        <translation>Den första månaden i kraft: effekterna räknas per månad, så en start i februari ger 11/12 av ett års effekt. Engångskostnaderna faller vid starten.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="114"/>
        <source> months</source>
        <translation> mån</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="115"/>
        <source>Ramp-up in months</source>
        <translation>Upptrappning i månader</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="117"/>
        <source>Months from the start until the full effect: the effect rises evenly month by month (the start month is the first). 0: in full from the start.</source>
        <translation>Månader från starten till full effekt: effekten ökar jämnt månad för månad (startmånaden är den första). 0: fullt från starten.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="123"/>
        <source>&amp;Leave leases early</source>
        <translation>&amp;Lämna hyresavtal i förtid</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="125"/>
        <source>Give up the space before its leases end, paying the rent still owed (less the share the landlord can let again) as a one-off cost at the start. Without it, space is given up as its leases end.</source>
        <translation>Lämna lokalerna innan hyresavtalen upphör och betala den hyra som ännu ska betalas (minus den andel hyresvärden kan hyra ut igen) som en engångskostnad vid starten. Annars lämnas lokalerna när avtalen upphör.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="136"/>
        <source>&amp;Starts</source>
        <translation>&amp;Startar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="140"/>
        <source>&amp;Ramp-up</source>
        <translation>&amp;Upptrappning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="157"/>
        <source>From the &amp;beginning</source>
        <translation>Från &amp;början</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="159"/>
        <source>From January {year}, no ramp-up</source>
        <translation>Från januari {year}, ingen upptrappning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="198"/>
        <source>In force {when}.</source>
        <translation>I kraft {when}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="278"/>
        <source>{lever} is in force {when}. Click to change its start{ramp} (one undo step).</source>
        <translation>{lever} är i kraft {when}. Klicka för att ändra starten{ramp} (ett ångringssteg).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="285"/>
        <source> and ramp-up</source>
        <translation> och upptrappningen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="287"/>
        <source> and whether leases are left early</source>
        <translation> och om hyresavtal lämnas i förtid</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="315"/>
        <source>Start not possible</source>
        <translation>Starten är inte möjlig</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="316"/>
        <source>This start cannot be used: {reason}</source>
        <translation>Denna start kan inte användas: {reason}</translation>
    </message>
</context>
<context>
    <name>Uncertainty</name>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="82"/>
        <source>{lever} (lever ±10 points)</source>
        <translation>{lever} (åtgärd ±10 p.e.)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="93"/>
        <source>At {low}: {low_change}; at {high}: {high_change} (plan-year savings)</source>
        <translation>På {low}: {low_change}; på {high}: {high_change} (planeringsårets besparingar)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="111"/>
        <source>no source: a planning estimate</source>
        <translation>ingen källa: en planeringsuppskattning</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="114"/>
        <source>Assumed {value}, range {low}–{high}</source>
        <translation>Antaget {value}, intervall {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="118"/>
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="181"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="182"/>
        <source>Target</source>
        <translation>Mål</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="183"/>
        <source>Probability</source>
        <translation>Sannolikhet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="184"/>
        <source>10th pct.</source>
        <translation>10:e perc.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="185"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="186"/>
        <source>90th pct.</source>
        <translation>90:e perc.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="190"/>
        <source>The target of the year</source>
        <translation>Årets sparmål</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="191"/>
        <source>The share of draws whose savings reach the year&apos;s target</source>
        <translation>Andelen dragningar där besparingarna når årets mål</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="194"/>
        <source>Savings: 10th percentile of the draws (nine in ten do better)</source>
        <translation>Besparingar: dragningarnas 10:e percentil (nio av tio blir bättre)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="197"/>
        <source>Savings: the median of the draws</source>
        <translation>Besparingar: dragningarnas median</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="198"/>
        <source>Savings: 90th percentile of the draws (one in ten does better)</source>
        <translation>Besparingar: dragningarnas 90:e percentil (en av tio blir bättre)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="217"/>
        <source>{year}: in {share} of {draws} draws of the assumptions the savings reach the target {target}</source>
        <translation>{year}: i {share} av {draws} dragningar av antagandena når besparingarna målet {target}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="233"/>
        <source>Service line</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="234"/>
        <source>Below floor</source>
        <translation>Under miniminivån</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="238"/>
        <source>The share of draws that leave the line below its floor in the plan year</source>
        <translation>Andelen dragningar där tjänsten hamnar under sin miniminivå under planeringsåret</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="247"/>
        <source>In {year}, {share} of the draws leave {name} below its floor</source>
        <translation>År {year} lämnar {share} av dragningarna {name} under sin miniminivå</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="261"/>
        <source>Savings by year, fan chart</source>
        <translation>Besparingar per år, solfjäderdiagram</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="310"/>
        <source>{year}: median {median}, 10th–90th percentile {low} to {high}</source>
        <translation>{year}: median {median}, 10:e–90:e percentilen {low} till {high}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="328"/>
        <source>Plan-year savings, histogram</source>
        <translation>Planeringsårets besparingar, histogram</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="354"/>
        <source>Plan-year savings of {draws} draws; the dashed line is the target {target}</source>
        <translation>Planeringsårets besparingar i {draws} dragningar; den streckade linjen är målet {target}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="367"/>
        <source>Tornado chart</source>
        <translation>Tornadodiagram</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="448"/>
        <source>Computing</source>
        <translation>Beräknar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="449"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Avbryt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="450"/>
        <source>Stop the analysis running now</source>
        <translation>Stoppa den pågående analysen nu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="451"/>
        <source>&amp;Recompute</source>
        <translation>&amp;Beräkna igen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="453"/>
        <source>Analyse the current scenario again</source>
        <translation>Analysera det nuvarande scenariot igen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="461"/>
        <source>How many draws of the assumptions (more: steadier, slower)</source>
        <translation>Hur många dragningar av antagandena (fler: stabilare, långsammare)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="467"/>
        <source>The random seed: the same seed gives the same numbers</source>
        <translation>Slumpfröet: samma frö ger samma siffror</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="469"/>
        <source>&amp;Draws:</source>
        <translation>&amp;Dragningar:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="471"/>
        <source>Ra&amp;ndom seed:</source>
        <translation>Slump&amp;frö:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="477"/>
        <source>Probability by year</source>
        <translation>Sannolikhet per år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="480"/>
        <source>Floor risk by service line</source>
        <translation>Risk under miniminivån per tjänst</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="511"/>
        <source>&lt;b&gt;Probability of reaching the target&lt;/b&gt;, by year</source>
        <translation>&lt;b&gt;Sannolikhet att nå målet&lt;/b&gt;, per år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="520"/>
        <source>&lt;b&gt;Savings by year&lt;/b&gt; (M€): 10th–90th percentile band, median, target (dashed)</source>
        <translation>&lt;b&gt;Besparingar per år&lt;/b&gt; (M€): band för 10:e–90:e percentilen, median, mål (streckat)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="533"/>
        <source>&lt;b&gt;What matters most&lt;/b&gt;: change of plan-year savings at the low (red) and high (green)</source>
        <translation>&lt;b&gt;Vad som påverkar mest&lt;/b&gt;: ändring av planeringsårets besparingar vid det lägsta (rött) och högsta (grönt)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="548"/>
        <source>&lt;b&gt;Below the floor&lt;/b&gt; in the plan year</source>
        <translation>&lt;b&gt;Under miniminivån&lt;/b&gt; under planeringsåret</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="557"/>
        <source>&lt;b&gt;Plan-year savings&lt;/b&gt; of every draw (M€)</source>
        <translation>&lt;b&gt;Planeringsårets besparingar&lt;/b&gt; i varje dragning (M€)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="613"/>
        <source>Computing… {draws} draws of the assumptions</source>
        <translation>Beräknar… {draws} dragningar av antagandena</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="615"/>
        <source>Computing… {draws} draws of the assumptions (greyed: the scenario before)</source>
        <translation>Beräknar… {draws} dragningar av antagandena (grått: scenariot innan)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="625"/>
        <source>Cancelled: no analysis of the current scenario (Recompute to run it)</source>
        <translation>Avbrutet: ingen analys av det nuvarande scenariot (Beräkna igen kör den)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="635"/>
        <source>The analysis failed: {message}</source>
        <translation>Analysen misslyckades: {message}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="650"/>
        <source>{name}: {share} probability of reaching the {year} target · {draws} draws, seed {seed}</source>
        <translation>{name}: {share} sannolikhet att nå målet för {year} · {draws} dragningar, frö {seed}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="662"/>
        <source> · {count} overridden figures held</source>
        <translation> · {count} ändrade uppgifter hålls</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="62"/>
        <source>remove the override of {figure}</source>
        <translation>ta bort ändringen av {figure}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="63"/>
        <source>assume {figure} is {value}</source>
        <translation>anta att {figure} är {value}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="142"/>
        <source>start {lever} {when}</source>
        <translation>starta {lever} {when}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="158"/>
        <source>set the targets by year</source>
        <translation>ange mål per år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="221"/>
        <source>goal seek {lever} to {value}</source>
        <translation>målsökning {lever} till {value}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="602"/>
        <source>apply the plan found by Reach the target</source>
        <translation>verkställ planen som Nå målet hittade</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="630"/>
        <location filename="../../planner/ui/undo.py" line="274"/>
        <source>new scenario {name}</source>
        <translation>nytt scenario {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="34"/>
        <source>set {lever} to {value}</source>
        <translation>ställ {lever} på {value}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="108"/>
        <source>set plan year to {year}</source>
        <translation>ställ planeringsåret på {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="118"/>
        <source>set target to {amount}</source>
        <translation>ställ målet på {amount}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="133"/>
        <source>edit the description of {name}</source>
        <translation>redigera beskrivningen av {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="155"/>
        <source>rename {old} to {new}</source>
        <translation>byt namn på {old} till {new}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="187"/>
        <source>delete {name}</source>
        <translation>ta bort {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="206"/>
        <source>open baseline {name}</source>
        <translation>öppna utgångsläget {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="240"/>
        <source>reset levers</source>
        <translation>återställ åtgärderna</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="291"/>
        <source>duplicate {name}</source>
        <translation>duplicera {name}</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../planner/ui/user_guide.py" line="18"/>
        <source>user-guide.md</source>
        <translation>user-guide.sv.md</translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_guide.py" line="31"/>
        <source>Planner user guide</source>
        <translation>Planerarens användarhandbok</translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_guide.py" line="35"/>
        <source>User guide</source>
        <translation>Användarhandbok</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../planner/present/warnings.py" line="27"/>
        <source>Own staff backfill has no effect while no outsourced labour is removed.</source>
        <translation>Ersättning med egen personal har ingen effekt så länge ingen hyrd arbetskraft tas bort.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="30"/>
        <source>Backfill needs {wanted} FTE of own staff, but recruitment reaches {achieved} FTE (at most {limit} FTE a year).</source>
        <translation>Ersättningen kräver {wanted} årsverken egen personal, men rekryteringen når {achieved} årsverken (högst {limit} årsverken per år).</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="39"/>
        <source>the national reference fee €{reference} is above the legal maximum €{maximum}; the fee stops at the maximum.</source>
        <translation>den nationella referensavgiften {reference} € är högre än lagens högsta avgift {maximum} €; avgiften stannar vid det högsta.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="47"/>
        <source>Leaving leases early costs {cost} of rent still owed.</source>
        <translation>Att lämna hyresavtal i förtid kostar {cost} i hyra som ännu ska betalas.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="50"/>
        <source>{amount} of the rent given up is internal rent paid to the city itself, not a saving for the city.</source>
        <translation>{amount} av den hyra som lämnas är intern hyra som betalas till staden själv, ingen besparing för staden.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="55"/>
        <source>{area} m² of office space is given up, but its rent is still owed this year (the leases have not ended).</source>
        <translation>{area} m² kontorsyta lämnas, men hyran ska ännu betalas i år (hyresavtalen har inte upphört).</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="60"/>
        <source>a statutory service: {volume} {unit}s more are bought from other providers, at the substitute price.</source>
        <translation>en lagstadgad tjänst: {volume} {unit} till köps av andra producenter, till ersättningspriset.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="65"/>
        <source>{share} of demand met, below its floor of {floor} (shortfall {shortfall} {unit}s).</source>
        <translation>{share} av behovet tillgodosett, under miniminivån {floor} (underskott {shortfall} {unit}).</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="74"/>
        <source>The baseline figure {figure} is set to {value}, outside its range {low}–{high}.</source>
        <translation>Uppgiften {figure} i utgångsläget är satt till {value}, utanför sitt intervall {low}–{high}.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="84"/>
        <source>Giving up {area} m² of office space exceeds the {free} m² whose leases can end by then; early-exit costs apply to the rest.</source>
        <translation>Att lämna {area} m² kontorsyta överstiger de {free} m² vars hyresavtal kan upphöra till dess; för resten tillkommer kostnader för att lämna i förtid.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="119"/>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
</context>
<context>
    <name>WorkbookFiles</name>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="73"/>
        <source>Untitled</source>
        <translation>Namnlös</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="77"/>
        <source>Planner workbooks (*.planner.json *.json);;All files (*)</source>
        <translation>Planner-arbetsböcker (*.planner.json *.json);;Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="93"/>
        <source>1 scenario</source>
        <translation>1 scenario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="94"/>
        <source>{count} scenarios</source>
        <translation>{count} scenarier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="125"/>
        <source>&amp;New</source>
        <translation>&amp;Ny</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="128"/>
        <source>A new workbook with one scenario at no change</source>
        <translation>En ny arbetsbok med ett scenario utan ändringar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="131"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="134"/>
        <source>Open a workbook file</source>
        <translation>Öppna en arbetsboksfil</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="139"/>
        <source>Open Re&amp;ference Scenarios</source>
        <translation>Öppna &amp;referensscenarier</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="143"/>
        <source>The bundled reference scenarios, as a template: saving asks where to keep a copy</source>
        <translation>De medföljande referensscenarierna som mall: när du sparar frågas var kopian ska sparas</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="149"/>
        <source>&amp;Save</source>
        <translation>&amp;Spara</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="152"/>
        <source>Save the workbook</source>
        <translation>Spara arbetsboken</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="155"/>
        <source>Save &amp;As…</source>
        <translation>Spara &amp;som…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="158"/>
        <source>Save the workbook under another name</source>
        <translation>Spara arbetsboken under ett annat namn</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="198"/>
        <source>Untitled (from {name})</source>
        <translation>Namnlös (från {name})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="260"/>
        <source>Open a workbook</source>
        <translation>Öppna en arbetsbok</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="280"/>
        <source>{name} is a baseline spreadsheet (the figures of a year), not a workbook of scenarios. A workbook is a .planner.json file; a baseline is an .xlsx workbook or a folder of CSV files, and opens with {entry}.</source>
        <translation>{name} är ett kalkylblad med ett utgångsläge (ett års siffror), inte en arbetsbok med scenarier. En arbetsbok är en .planner.json-fil; ett utgångsläge är en .xlsx-arbetsbok eller en mapp med CSV-filer och öppnas med {entry}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="289"/>
        <source>An .xls file is in Excel&apos;s old format: save it as an .xlsx workbook first.</source>
        <translation>En .xls-fil är i Excels gamla format: spara den först som en .xlsx-arbetsbok.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="296"/>
        <source>A CSV file stands for its folder: every table of the baseline is read from there.</source>
        <translation>En CSV-fil står för sin mapp: alla utgångslägets tabeller läses därifrån.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="304"/>
        <source>This is a baseline</source>
        <translation>Det här är ett utgångsläge</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="314"/>
        <source>Open as &amp;Baseline</source>
        <translation>Öppna som &amp;utgångsläge</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="337"/>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}: filen kan inte läsas ({error})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="347"/>
        <source>{path}: the workbook holds no scenario.</source>
        <translation>{path}: arbetsboken innehåller inget scenario.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="362"/>
        <source>Opened {path} ({scenarios})</source>
        <translation>Öppnade {path} ({scenarios})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="384"/>
        <source>The workbook&apos;s baseline</source>
        <translation>Arbetsbokens utgångsläge</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="400"/>
        <source>(and {count} more: see Show Details)</source>
        <translation>(och {count} till: se Visa detaljer)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="405"/>
        <source>The workbook was not opened</source>
        <translation>Arbetsboken öppnades inte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="406"/>
        <source>{name} cannot be opened; the window keeps what it had.</source>
        <translation>{name} kan inte öppnas; fönstret behåller det som fanns.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="428"/>
        <source>Save the workbook as</source>
        <translation>Spara arbetsboken som</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="460"/>
        <source>A workbook is saved as a .planner.json file, so that it opens again with its scenarios; {name} would be saved as something else.</source>
        <translation>En arbetsbok sparas som en .planner.json-fil, så att den öppnas igen med sina scenarier; {name} skulle sparas som något annat.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="467"/>
        <source>Spreadsheets of the results are written with {entry}, and the baseline as a spreadsheet with {template}.</source>
        <translation>Resultaten skrivs som kalkylblad med {entry} och utgångsläget som kalkylblad med {template}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="478"/>
        <source>The printed summary is written as PDF with {entry}.</source>
        <translation>Den utskrivna sammanfattningen skrivs som PDF med {entry}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="485"/>
        <source>Save the workbook as .planner.json?</source>
        <translation>Spara arbetsboken som .planner.json?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="491"/>
        <source>Save it as {name}?</source>
        <translation>Spara den som {name}?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="494"/>
        <source>Save as {name}</source>
        <translation>Spara som {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="498"/>
        <source>Choose &amp;Another Name</source>
        <translation>Välj ett &amp;annat namn</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="509"/>
        <source>Replace the file?</source>
        <translation>Ersätta filen?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="510"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} finns redan i {folder}. Ersätta den?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="528"/>
        <source>Could not save {path}: {error}. The file on disk is unchanged.</source>
        <translation>Det gick inte att spara {path}: {error}. Filen på disken är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="537"/>
        <source>The workbook was not saved</source>
        <translation>Arbetsboken sparades inte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="538"/>
        <source>{message}

Your work is still open in the window (and kept for recovery). Save it somewhere else with {entry}.</source>
        <translation>{message}

Ditt arbete är fortfarande öppet i fönstret (och sparat för återställning). Spara det någon annanstans med {entry}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="556"/>
        <source>Saved {path}</source>
        <translation>Sparade {path}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="567"/>
        <source>Unsaved changes</source>
        <translation>Osparade ändringar</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="568"/>
        <source>The workbook {name} has changes that are not saved. Save them first?</source>
        <translation>Arbetsboken {name} har ändringar som inte är sparade. Spara dem först?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="636"/>
        <source>The work was not restored</source>
        <translation>Arbetet återställdes inte</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="637"/>
        <source>{error}. The recovered file is kept: {file}</source>
        <translation>{error}. Den återställda filen behålls: {file}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="650"/>
        <source>Restored unsaved work ({scenarios}); save it to keep it</source>
        <translation>Osparat arbete återställt ({scenarios}); spara det för att behålla det</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="678"/>
        <source>This workbook was made on the baseline &apos;{named}&apos;, which the file does not keep (it was saved by an older planner). Its scenarios are now evaluated on &apos;{used}&apos;. If that is not right, open the right baseline with {entry}.</source>
        <translation>Den här arbetsboken gjordes på utgångsläget &apos;{named}&apos;, som filen inte innehåller (den sparades av en äldre Planner). Dess scenarier beräknas nu på &apos;{used}&apos;. Om det inte är rätt, öppna rätt utgångsläge med {entry}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="700"/>
        <source>This workbook keeps its own baseline, &apos;{name}&apos; ({year}), which differs from the one in use before; the window now plans on the workbook&apos;s baseline, so its numbers are the ones it was saved with. To plan on another, use {entry}.</source>
        <translation>Den här arbetsboken har ett eget utgångsläge, &apos;{name}&apos; ({year}), som skiljer sig från det som användes tidigare; fönstret planerar nu på arbetsbokens utgångsläge, så siffrorna är desamma som när den sparades. Använd {entry} för att planera på ett annat.</translation>
    </message>
</context>
<context>
    <name>Years</name>
    <message>
        <location filename="../../planner/ui/years_view.py" line="78"/>
        <source>Savings by year against the target path</source>
        <translation>Besparingar per år mot målbanan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="79"/>
        <source>&lt;b&gt;Savings by year&lt;/b&gt; (M€): the levers&apos; in-year effect {effect}, the one-off costs {one_off} (a cost, below zero), the year&apos;s savings {total} (labelled) against the {target}; the plan year shaded</source>
        <translation>&lt;b&gt;Besparingar per år&lt;/b&gt; (M€): åtgärdernas årseffekt {effect}, engångskostnaderna {one_off} (en kostnad, under noll), årets besparingar {total} (med etikett) mot {target}; planeringsåret skuggat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="89"/>
        <source>target path</source>
        <translation>målbana</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="181"/>
        <source>Share of demand met by year</source>
        <translation>Andel av behovet som tillgodoses per år</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="182"/>
        <source>&lt;b&gt;Service level by year&lt;/b&gt; (% of demand met, - - 100 %): {all} all lines, {worst} the worst line of each year (named in the table)</source>
        <translation>&lt;b&gt;Servicenivå per år&lt;/b&gt; (% av behovet tillgodosett, - - 100 %): {all} alla tjänster, {worst} årets svagaste tjänst (namngiven i tabellen)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="190"/>
        <source>% of demand</source>
        <translation>% av behovet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="245"/>
        <location filename="../../planner/ui/years_view.py" line="264"/>
        <source>{year} (plan year)</source>
        <translation>{year} (planeringsår)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="309"/>
        <source>The target for {year}: the scenario&apos;s target, or the amount set for this year in Targets by year…</source>
        <translation>Målet för {year}: scenariots mål eller beloppet som angetts för detta år i Mål per år…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="315"/>
        <source>The levers&apos; in-year effect in {year} before one-off costs: each lever&apos;s effect prorated by month from its start and ramp-up, against the no-change trend of {year}</source>
        <translation>Åtgärdernas årseffekt år {year} före engångskostnader: varje åtgärds effekt fördelad per månad från start och upptrappning, jämfört med utvecklingen utan ändringar år {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="322"/>
        <source>One-off costs that fall in {year} (at each lever&apos;s start): a cost</source>
        <translation>Engångskostnader som faller år {year} (vid varje åtgärds start): en kostnad</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="326"/>
        <source>Savings in {year}: the in-year effect less the one-off costs</source>
        <translation>Besparingar år {year}: årseffekten minus engångskostnaderna</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="331"/>
        <source>{name}: {volume} {unit}s bought (no change: {trend})</source>
        <translation>{name}: {volume} {unit} köpta (ingen ändring: {trend})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="339"/>
        <source>Statutory demand beyond own capacity is bought from other providers at the substitute price (a cost within the in-year effect). Lines that buy more in {year} than with no change:</source>
        <translation>Lagstadgat behov utöver egen kapacitet köps av andra producenter till ersättningspriset (en kostnad inom årseffekten). Tjänster som köper mer år {year} än utan ändringar:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="353"/>
        <source>Share of demand met in {year}, lowest first:</source>
        <translation>Andel av behovet som tillgodoses år {year}, lägst först:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="359"/>
        <source>Double-click to make {year} the plan year</source>
        <translation>Dubbelklicka för att göra {year} till planeringsår</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="382"/>
        <source>Years table</source>
        <translation>Årstabell</translation>
    </message>
</context>
<context>
    <name>YearsChart</name>
    <message>
        <location filename="../../planner/report/charts.py" line="416"/>
        <source>plan year</source>
        <translation>planeringsår</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="428"/>
        <source>savings after one-off costs</source>
        <translation>besparingar efter engångskostnader</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="429"/>
        <source>one-off costs</source>
        <translation>engångskostnader</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="430"/>
        <source>target</source>
        <translation>mål</translation>
    </message>
</context>
</TS>
