<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Assumptions</name>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="84"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="85"/>
        <source>Figure</source>
        <translation>Luku</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="86"/>
        <source>What it is</source>
        <translation>Mitä se on</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="87"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="88"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="89"/>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="90"/>
        <source>Low–high</source>
        <translation>Alin–ylin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="91"/>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="92"/>
        <source>Reasoning</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="137"/>
        <source>{mark} {value}{flag} (baseline {baseline})</source>
        <translation>{mark} {value}{flag} (lähtötaso {baseline})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="199"/>
        <source>Baseline: {value} {unit} ({basis})</source>
        <translation>Lähtötaso: {value} {unit} ({basis})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="205"/>
        <source>Range: {low}–{high}</source>
        <translation>Vaihteluväli: {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="211"/>
        <source>This scenario assumes {value}, because: {reason}</source>
        <translation>Tämä skenaario olettaa {value}, koska: {reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="217"/>
        <source>{mark} Outside the figure&apos;s range</source>
        <translation>{mark} Luvun vaihteluvälin ulkopuolella</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="222"/>
        <source>Sources (Enter or click opens):</source>
        <translation>Lähteet (Enter tai napsautus avaa):</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="225"/>
        <source>No source given</source>
        <translation>Lähdettä ei ole annettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="229"/>
        <source>The model does not use this figure.</source>
        <translation>Malli ei käytä tätä lukua.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="249"/>
        <source>Override a baseline figure</source>
        <translation>Muuta lähtötason lukua</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="254"/>
        <source>range {low}–{high}</source>
        <translation>vaihteluväli {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="258"/>
        <source>no range given</source>
        <translation>vaihteluväliä ei ole annettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="261"/>
        <source>{name}
Baseline: {value} {unit} ({basis}, {range})</source>
        <translation>{name}
Lähtötaso: {value} {unit} ({basis}, {range})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="274"/>
        <source>Value in this scenario</source>
        <translation>Arvo tässä skenaariossa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="278"/>
        <source>Why this scenario assumes it (required)</source>
        <translation>Miksi tämä skenaario olettaa sen (pakollinen)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="282"/>
        <source>&amp;Value:</source>
        <translation>&amp;Arvo:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="283"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Perustelu:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="314"/>
        <source>Filter: a name, a source, a basis, a word of the reasoning</source>
        <translation>Suodata: nimi, lähde, peruste tai perustelun sana</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="317"/>
        <source>Filter the figures</source>
        <translation>Suodata lukuja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="318"/>
        <source>F&amp;ind:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="321"/>
        <source>O&amp;verride…</source>
        <translation>&amp;Muuta…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="323"/>
        <source>Assume the selected figure differently in this scenario (Enter)</source>
        <translation>Oleta valittu luku tässä skenaariossa toisin (Enter)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="327"/>
        <source>Remove Overri&amp;de</source>
        <translation>Poista m&amp;uutos</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="329"/>
        <source>The selected figure as the baseline has it again (Delete)</source>
        <translation>Valittu luku taas lähtötason mukaisena (Delete)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="333"/>
        <source>Baseline figures</source>
        <translation>Lähtötason luvut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="423"/>
        <source>Outside the range</source>
        <translation>Vaihteluvälin ulkopuolella</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="424"/>
        <source>{value} is outside the range {low}–{high} of {name}. Use it anyway? It is kept as given and flagged.</source>
        <translation>{value} on luvun {name} vaihteluvälin {low}–{high} ulkopuolella. Käytetäänkö silti? Arvo säilytetään annettuna ja merkitään.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="457"/>
        <source>{shown} of {count} figures</source>
        <translation>{shown} / {count} lukua</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="504"/>
        <source>Figures this scenario assumes differently: see Assumptions</source>
        <translation>Luvut, jotka tämä skenaario olettaa toisin: ks. Oletukset</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="515"/>
        <source>{mark} 1 assumption overridden</source>
        <translation>{mark} 1 oletus muutettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="517"/>
        <source>{mark} {count} assumptions overridden</source>
        <translation>{mark} {count} oletusta muutettu</translation>
    </message>
</context>
<context>
    <name>BaselineActions</name>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="26"/>
        <source>Baseline workbook (*.xlsx);;Baseline folder of CSV files: pick any of its .csv files (*.csv)</source>
        <translation>Lähtötason työkirja (*.xlsx);;Lähtötason CSV-kansio: valitse mikä tahansa sen .csv-tiedostoista (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="39"/>
        <location filename="../../planner/ui/workbook_files.py" line="278"/>
        <location filename="../../planner/ui/workbook_files.py" line="712"/>
        <source>Open &amp;Baseline…</source>
        <translation>Avaa &amp;lähtötaso…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="41"/>
        <source>Plan on another baseline: an .xlsx workbook or a folder of CSV files</source>
        <translation>Suunnittele toisella lähtötasolla: .xlsx-työkirja tai CSV-tiedostojen kansio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="48"/>
        <location filename="../../planner/ui/workbook_files.py" line="474"/>
        <source>Save Baseline &amp;Template…</source>
        <translation>Tallenna lähtötason &amp;pohja…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="51"/>
        <source>Write the baseline in use as an Excel workbook to edit and import</source>
        <translation>Kirjoita käytössä oleva lähtötaso Excel-työkirjaksi muokattavaksi ja tuotavaksi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="64"/>
        <source>Open a baseline</source>
        <translation>Avaa lähtötaso</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="85"/>
        <location filename="../../planner/ui/baseline_actions.py" line="100"/>
        <source>The baseline was not opened</source>
        <translation>Lähtötasoa ei avattu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="86"/>
        <source>{path} cannot be used; the baseline in use stays. Fix these in the file and open it again:</source>
        <translation>Tiedostoa {path} ei voi käyttää; käytössä oleva lähtötaso säilyy. Korjaa nämä tiedostoon ja avaa se uudelleen:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="101"/>
        <source>The current scenario cannot be evaluated on it: {error}.</source>
        <translation>Nykyistä skenaariota ei voi laskea sillä: {error}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="109"/>
        <source>Now planning on the baseline {name} from {path} ({undo} goes back)</source>
        <translation>Suunnitellaan nyt lähtötasolla {name} tiedostosta {path} ({undo} palaa takaisin)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="125"/>
        <source>baseline {name}.xlsx</source>
        <translation>lähtötaso {name}.xlsx</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="129"/>
        <source>Save the baseline as an Excel template</source>
        <translation>Tallenna lähtötaso Excel-pohjaksi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="131"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="143"/>
        <source>The template was not saved</source>
        <translation>Pohjaa ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="150"/>
        <source>Saved the baseline template to {path}</source>
        <translation>Lähtötason pohja tallennettu: {path}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="160"/>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
</context>
<context>
    <name>BaselineColumn</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="61"/>
        <source>What the row gives: name, year, division, currency</source>
        <translation>Mitä rivi antaa: nimi, vuosi, toimiala, valuutta</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="62"/>
        <source>The value (name and year are required)</source>
        <translation>Arvo (nimi ja vuosi ovat pakollisia)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="63"/>
        <source>Identifier of the service line; provenance and fees refer to it</source>
        <translation>Palvelun tunniste; lähdetiedot ja maksut viittaavat siihen</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="66"/>
        <source>Name of the service line as shown</source>
        <translation>Palvelun nimi näytöllä</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="67"/>
        <source>Name of the row in Finnish (optional; empty: the name)</source>
        <translation>Rivin nimi suomeksi (valinnainen; tyhjä: nimi)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="68"/>
        <source>Name of the row in Swedish (optional; empty: the name)</source>
        <translation>Rivin nimi ruotsiksi (valinnainen; tyhjä: nimi)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="69"/>
        <source>What one unit of the line&apos;s volume is</source>
        <translation>Mikä on palvelun volyymin yksi yksikkö</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="70"/>
        <source>Units delivered in the baseline year</source>
        <translation>Lähtövuonna tuotetut yksiköt</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="71"/>
        <source>Cost of one unit (above zero)</source>
        <translation>Yhden yksikön kustannus (yli nolla)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="72"/>
        <source>Share of the line&apos;s work done by outsourced (agency or purchased) labour</source>
        <translation>Ulkopuolisen (vuokratyövoiman tai ostopalvelun) tekemä osuus palvelun työstä</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="75"/>
        <source>Yearly growth of demand</source>
        <translation>Palvelutarpeen vuosikasvu</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="76"/>
        <source>Share of in-person demand the digital channel could take</source>
        <translation>Osuus lähipalvelun tarpeesta, jonka digitaalinen kanava voisi hoitaa</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="77"/>
        <source>Share of demand met below which the planner warns about the line</source>
        <translation>Tarpeesta täytetty osuus, jonka alittuessa suunnittelija varoittaa palvelusta</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="80"/>
        <source>statutory: demand own capacity cannot serve is bought; queueable: it waits</source>
        <translation>lakisääteinen: tarve, jota oma kapasiteetti ei kata, ostetaan; jonotettava: se odottaa</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="84"/>
        <source>Price of a unit bought from another provider, as a share of the own unit cost</source>
        <translation>Muulta tuottajalta ostetun yksikön hinta osuutena omasta yksikkökustannuksesta</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="88"/>
        <source>Share of the unit cost that goes away when one in-person unit fewer is made</source>
        <translation>Osuus yksikkökustannuksesta, joka poistuu, kun tuotetaan yksi lähipalveluyksikkö vähemmän</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="92"/>
        <source>Identifier of a service line of the services sheet</source>
        <translation>Palvelut-taulukon palvelun tunniste</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="93"/>
        <source>Share of the line&apos;s volume that pays a per-unit fee</source>
        <translation>Palvelun volyymista yksikkökohtaista maksua maksava osuus</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="94"/>
        <source>Client fee today</source>
        <translation>Asiakasmaksu nyt</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="95"/>
        <source>National reference fee</source>
        <translation>Valtakunnallinen vertailumaksu</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="96"/>
        <source>Highest fee the law allows</source>
        <translation>Lain sallima enimmäismaksu</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="97"/>
        <source>Identifier of the category (personnel, outsourced_labour, purchased_services_other, premises, other_expenses and client_fees are required)</source>
        <translation>Kululajin tunniste (personnel, outsourced_labour, purchased_services_other, premises, other_expenses ja client_fees ovat pakollisia)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="101"/>
        <source>Name of the category as shown</source>
        <translation>Kululajin nimi näytöllä</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="102"/>
        <source>Whether the category is spending or income</source>
        <translation>Onko kyse menosta vai tulosta</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="103"/>
        <source>Amount in the baseline year</source>
        <translation>Määrä lähtövuonna</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="104"/>
        <source>Which index the amount grows with: wage or price</source>
        <translation>Indeksi, jonka mukaan määrä kasvaa: palkka tai hinta</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="105"/>
        <source>Share of the category that staff influence day to day (what training saves on)</source>
        <translation>Kululajin osuus, johon henkilöstö vaikuttaa päivittäin (josta koulutus säästää)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="109"/>
        <source>Identifier of the group of leases</source>
        <translation>Vuokrasopimusryhmän tunniste</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="110"/>
        <source>Name of the group as shown</source>
        <translation>Ryhmän nimi näytöllä</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="111"/>
        <source>Leased office area</source>
        <translation>Vuokrattu toimistopinta-ala</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="112"/>
        <source>Rent</source>
        <translation>Vuokra</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="113"/>
        <source>Year the leases&apos; fixed term ends</source>
        <translation>Vuosi, jona vuokrasopimusten määräaika päättyy</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="114"/>
        <source>Last month of the fixed term (1-12)</source>
        <translation>Määräajan viimeinen kuukausi (1–12)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="115"/>
        <source>Notice period after the fixed term</source>
        <translation>Irtisanomisaika määräajan jälkeen</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="116"/>
        <source>external, or internal (the city&apos;s own premises)</source>
        <translation>external (ulkoinen) tai internal (kaupungin omat tilat)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="117"/>
        <source>A year after the baseline year</source>
        <translation>Lähtövuoden jälkeinen vuosi</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="118"/>
        <source>Growth of wages in that year (own staff, agency)</source>
        <translation>Palkkojen nousu kyseisenä vuonna (oma henkilöstö, vuokratyövoima)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="119"/>
        <source>Growth of other prices in that year</source>
        <translation>Muiden hintojen nousu kyseisenä vuonna</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="120"/>
        <source>Identifier of the figure (staff_count, own_staff_cost_eur_per_fte, agency_premium_pct, recruitment_limit_fte_per_year, training_cost_eur_per_person and training_saving_pct are required)</source>
        <translation>Luvun tunniste (staff_count, own_staff_cost_eur_per_fte, agency_premium_pct, recruitment_limit_fte_per_year, training_cost_eur_per_person ja training_saving_pct ovat pakollisia)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="124"/>
        <source>The figure</source>
        <translation>Luku</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="125"/>
        <source>Unit of the figure (informative)</source>
        <translation>Luvun yksikkö (tiedoksi)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="126"/>
        <source>What the figure is</source>
        <translation>Mikä luku on</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="127"/>
        <source>Identifier of the assumption (default_target_eur, office_move_cost_eur_per_m2, re_let_share_pct, fee_demand_elasticity, payment_ceiling_share_pct, digital_visit_cost_eur and digital_setup_cost_eur are required)</source>
        <translation>Oletuksen tunniste (default_target_eur, office_move_cost_eur_per_m2, re_let_share_pct, fee_demand_elasticity, payment_ceiling_share_pct, digital_visit_cost_eur ja digital_setup_cost_eur ovat pakollisia)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="131"/>
        <source>The value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="132"/>
        <source>Unit of the value (informative)</source>
        <translation>Arvon yksikkö (tiedoksi)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="133"/>
        <source>What the value is</source>
        <translation>Mikä arvo on</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="134"/>
        <source>Sheet of the figure described</source>
        <translation>Kuvatun luvun taulukko</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="135"/>
        <source>Identifier of the figure&apos;s row, or * for every row</source>
        <translation>Kuvatun luvun rivin tunniste, tai * kaikille riveille</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="136"/>
        <source>Column of the figure described</source>
        <translation>Kuvatun luvun sarake</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="137"/>
        <source>read: stated in the source; derived: computed from read figures (the computation in note); assumption: a planning estimate (the reasoning in note, a low and a high)</source>
        <translation>read: lähteessä ilmoitettu; derived: laskettu luetuista luvuista (laskelma huomautuksessa); assumption: suunnitteluarvio (perustelu huomautuksessa, alin ja ylin arvo)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="141"/>
        <source>Addresses of the public sources, separated by spaces</source>
        <translation>Julkisten lähteiden osoitteet välilyönnein erotettuina</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="142"/>
        <source>Lowest plausible value of an assumption</source>
        <translation>Oletuksen alin uskottava arvo</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="143"/>
        <source>Highest plausible value of an assumption</source>
        <translation>Oletuksen ylin uskottava arvo</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="144"/>
        <source>The computation (derived) or the reasoning (assumption)</source>
        <translation>Laskelma (johdettu) tai perustelu (oletus)</translation>
    </message>
</context>
<context>
    <name>BaselineRow</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="145"/>
        <source>Staff of the division</source>
        <translation>Toimialan henkilöstö</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="146"/>
        <source>Own staff cost per full-time equivalent a year (wages and social security)</source>
        <translation>Oman henkilöstön kustannus henkilötyövuotta kohden vuodessa (palkat ja henkilösivukulut)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="149"/>
        <source>Extra cost of an agency hour over an own-staff hour</source>
        <translation>Vuokratyötunnin lisäkustannus oman henkilöstön tuntiin verrattuna</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="150"/>
        <source>Own staff the division can recruit a year beyond normal turnover</source>
        <translation>Oma henkilöstö, jonka toimiala voi rekrytoida vuodessa normaalin vaihtuvuuden lisäksi</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="153"/>
        <source>One-off cost of financial training per person</source>
        <translation>Talouskoulutuksen kertakustannus henkilöä kohden</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="154"/>
        <source>Share of the training base saved when all staff are trained</source>
        <translation>Koulutuspohjasta säästyvä osuus, kun koko henkilöstö on koulutettu</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="155"/>
        <source>One-off cost of giving up a square metre of office (moving, restoring)</source>
        <translation>Toimistoneliömetristä luopumisen kertakustannus (muutto, ennallistaminen)</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="158"/>
        <source>Chargeable demand lost per fee rise, as a share of the fee rise over the unit cost</source>
        <translation>Maksullisen kysynnän menetys maksun noususta, osuutena maksun noususta suhteessa yksikkökustannukseen</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="162"/>
        <source>Cost of one visit handled in the digital channel instead</source>
        <translation>Digitaalisessa kanavassa hoidetun käynnin kustannus</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="163"/>
        <source>Savings target a new scenario starts from</source>
        <translation>Säästötavoite, josta uusi skenaario alkaa</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="164"/>
        <source>Share of the rent still owed on a lease left early that re-letting recovers</source>
        <translation>Osuus ennenaikaisesti päätetyn vuokrasopimuksen jäljellä olevasta vuokrasta, jonka edelleenvuokraus kattaa</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="167"/>
        <source>Share of chargeable volume used by clients past the annual payment ceiling</source>
        <translation>Osuus maksullisesta volyymista, jonka käyttävät vuotuisen maksukaton ylittäneet asiakkaat</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="170"/>
        <source>One-off cost of setting up the digital channel for the shift</source>
        <translation>Digitaalisen kanavan käyttöönoton kertakustannus siirtoa varten</translation>
    </message>
</context>
<context>
    <name>Bridge</name>
    <message>
        <location filename="../../planner/present/result.py" line="76"/>
        <source>One-off costs</source>
        <translation>Kertaluonteiset kustannukset</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="80"/>
        <source>One-off</source>
        <translation>Kertakulut</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="84"/>
        <source>Plan year</source>
        <translation>Suunnitteluvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="208"/>
        <source>saving</source>
        <translation>säästö</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="209"/>
        <source>cost (negative saving)</source>
        <translation>kustannus (negatiivinen säästö)</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="210"/>
        <source>total in the plan year</source>
        <translation>yhteensä suunnitteluvuonna</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="213"/>
        <source>target {amount}</source>
        <translation>tavoite {amount}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="189"/>
        <source>Savings by lever, bridge chart</source>
        <translation>Säästöt toimenpiteittäin, siltakaavio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="191"/>
        <source>&lt;b&gt;Savings by lever&lt;/b&gt; (M€): each lever&apos;s in-year effect ({saving} saving, {cost} cost, hatched), the one-off costs, and the {total} plan-year total against the {target}</source>
        <translation>&lt;b&gt;Säästöt toimenpiteittäin&lt;/b&gt; (M€): kunkin toimenpiteen vuosivaikutus ({saving} säästö, {cost} kustannus, viivoitettu), kertaluonteiset kustannukset ja suunnitteluvuoden {total} kokonaissäästö verrattuna: {target}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="201"/>
        <source>target</source>
        <translation>tavoite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="311"/>
        <source>Target {amount}</source>
        <translation>Tavoite {amount}</translation>
    </message>
</context>
<context>
    <name>BudgetKind</name>
    <message>
        <location filename="../../planner/present/figures.py" line="162"/>
        <source>expense</source>
        <translation>meno</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="163"/>
        <source>income</source>
        <translation>tulo</translation>
    </message>
</context>
<context>
    <name>Compare</name>
    <message>
        <location filename="../../planner/ui/compare.py" line="53"/>
        <source>Compare scenarios</source>
        <translation>Vertaa skenaarioita</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="61"/>
        <source>Scenarios to compare</source>
        <translation>Verrattavat skenaariot</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="62"/>
        <source>&amp;Scenarios to compare (two to four):</source>
        <translation>&amp;Verrattavat skenaariot (kahdesta neljään):</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="66"/>
        <source>Reference scenario</source>
        <translation>Vertailuskenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="67"/>
        <source>&amp;Differences (Δ) from:</source>
        <translation>&amp;Erot (Δ) suhteessa:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="86"/>
        <source>&amp;Levers and savings</source>
        <translation>&amp;Toimenpiteet ja säästöt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="87"/>
        <source>Service &amp;volumes</source>
        <translation>Palvelu&amp;volyymit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="88"/>
        <source>&amp;Budget</source>
        <translation>Talousa&amp;rvio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="111"/>
        <source>&amp;Chart</source>
        <translation>&amp;Kaavio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="114"/>
        <source>First scenario</source>
        <translation>Ensimmäinen skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="115"/>
        <source>Second scenario</source>
        <translation>Toinen skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="118"/>
        <source>What differs</source>
        <translation>Mikä eroaa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="122"/>
        <source>&amp;From:</source>
        <translation>&amp;Mistä:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="123"/>
        <source>&amp;To:</source>
        <translation>&amp;Mihin:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="127"/>
        <source>&amp;What differs</source>
        <translation>Mikä e&amp;roaa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="245"/>
        <source>Tick at least two scenarios to compare them.</source>
        <translation>Valitse vähintään kaksi skenaariota verrattavaksi.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="250"/>
        <source>Δ: the difference from {name}.</source>
        <translation>Δ: ero skenaarioon {name}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="263"/>
        <source>At most {count} scenarios side by side.</source>
        <translation>Enintään {count} skenaariota rinnakkain.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="312"/>
        <source>Tick two scenarios to see what differs between them.</source>
        <translation>Valitse kaksi skenaariota nähdäksesi, mikä niissä eroaa.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="326"/>
        <source>&amp;Compare Scenarios…</source>
        <translation>&amp;Vertaa skenaarioita…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="329"/>
        <source>Two to four scenarios side by side, with their differences</source>
        <translation>Kahdesta neljään skenaariota rinnakkain eroineen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="358"/>
        <source>plan different years ({years})</source>
        <translation>suunnittelevat eri vuosia ({years})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="364"/>
        <source>aim at different targets ({targets})</source>
        <translation>tavoittelevat eri tavoitteita ({targets})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="368"/>
        <source>&lt;b&gt;Note:&lt;/b&gt; these scenarios {what}: their savings are not like for like.</source>
        <translation>&lt;b&gt;Huom.:&lt;/b&gt; nämä skenaariot {what}: niiden säästöt eivät ole vertailukelpoisia.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare.py" line="370"/>
        <source> and </source>
        <translation> ja </translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="26"/>
        <source>{scenario} assumes every figure as the baseline has it.</source>
        <translation>{scenario} olettaa kaikki luvut lähtötason mukaisiksi.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="36"/>
        <source>{scenario} assumes {figure} is {value} instead of {baseline}, because {reason}</source>
        <translation>{scenario} olettaa luvun {figure} arvoksi {value} lähtötason {baseline} sijaan, koska {reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="47"/>
        <source>({mark} outside its range {low}–{high})</source>
        <translation>({mark} vaihteluvälinsä {low}–{high} ulkopuolella)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="61"/>
        <source>Assumptions the scenarios override</source>
        <translation>Skenaarioiden muuttamat oletukset</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="69"/>
        <source>Tick scenarios to see what they assume.</source>
        <translation>Valitse skenaariot nähdäksesi niiden oletukset.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_overrides.py" line="76"/>
        <source>Assu&amp;mptions</source>
        <translation>&amp;Oletukset</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_table.py" line="61"/>
        <source>{name} minus {reference}</source>
        <translation>{name} miinus {reference}</translation>
    </message>
</context>
<context>
    <name>CompareChart</name>
    <message>
        <location filename="../../planner/ui/compare_chart.py" line="33"/>
        <source>Plan-year savings and target, M€</source>
        <translation>Suunnitteluvuoden säästöt ja tavoite, M€</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_chart.py" line="36"/>
        <source>Demand delivered, % of plan-year demand</source>
        <translation>Toteutunut palvelutarve, % suunnitteluvuoden tarpeesta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/compare_chart.py" line="131"/>
        <source>{saving} plan-year savings beside {target} the target, in M€; right: the share of demand delivered from 0 %, {full} in full, {short} some demand not met (dashed: 100 %).</source>
        <translation>{saving} suunnitteluvuoden säästöt ja {target} tavoite, M€; oikealla: toteutunut osuus tarpeesta nollasta alkaen, {full} täysin, {short} osa tarpeesta täyttämättä (katkoviiva: 100 %).</translation>
    </message>
</context>
<context>
    <name>Comparison</name>
    <message>
        <location filename="../../planner/present/comparison.py" line="64"/>
        <source>Plan year</source>
        <translation>Suunnitteluvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="65"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="83"/>
        <source>Total plan-year savings</source>
        <translation>Suunnitteluvuoden säästöt yhteensä</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="90"/>
        <source>of which one-off costs</source>
        <translation>josta kertaluonteiset kustannukset</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="94"/>
        <source>Gap to the target</source>
        <translation>Ero tavoitteeseen</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="96"/>
        <source>Share of the target reached</source>
        <translation>Tavoitteesta saavutettu</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="102"/>
        <source>In-year effect, before one-off costs</source>
        <translation>Vuosivaikutus ennen kertaluonteisia kustannuksia</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="113"/>
        <source>Plan</source>
        <translation>Suunnitelma</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="115"/>
        <source>Levers</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="117"/>
        <source>Plan-year savings by lever</source>
        <translation>Suunnitteluvuoden säästöt toimenpiteittäin</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="129"/>
        <source>Demand delivered, all lines</source>
        <translation>Toteutunut tarve, kaikki palvelut</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="134"/>
        <source>Lines below their floor</source>
        <translation>Alarajan alittavat palvelut</translation>
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
        <translation>toteutunut</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="149"/>
        <source>shortfall</source>
        <translation>vaje</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="161"/>
        <source>{name} ({kind})</source>
        <translation>{name} ({kind})</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="171"/>
        <source>Net cost (expenses − income)</source>
        <translation>Nettomenot (menot − tulot)</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="38"/>
        <location filename="../../planner/report/document.py" line="129"/>
        <source>Comparison of {count} scenarios</source>
        <translation>{count} skenaarion vertailu</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="43"/>
        <source>Scenarios: {listing}. Each Δ column is the difference from scenario 1, {first}. Baseline: {baseline} ({year}).</source>
        <translation>Skenaariot: {listing}. Kukin Δ-sarake on ero skenaarioon 1, {first}. Lähtötaso: {baseline} ({year}).</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="65"/>
        <source>(scenarios {numbers})</source>
        <translation>(skenaariot {numbers})</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="67"/>
        <source>Levers and plan</source>
        <translation>Toimenpiteet ja suunnitelma</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="68"/>
        <source>Savings</source>
        <translation>Säästöt</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="69"/>
        <source>Service volumes delivered</source>
        <translation>Toteutuneet palveluvolyymit</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="70"/>
        <source>Budget in the plan year</source>
        <translation>Talousarvio suunnitteluvuonna</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="76"/>
        <source>Each cell: the volume delivered and, below it, the shortfall against demand. ▼ marks a line below its floor.</source>
        <translation>Kussakin solussa toteutunut volyymi ja sen alla vaje tarpeeseen nähden. ▼ merkitsee alarajansa alittavaa palvelua.</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="94"/>
        <source>Δ vs 1</source>
        <translation>Δ vrt. 1</translation>
    </message>
    <message>
        <location filename="../../planner/report/comparison.py" line="138"/>
        <source>short {volume}</source>
        <translation>vajetta {volume}</translation>
    </message>
</context>
<context>
    <name>Differences</name>
    <message>
        <location filename="../../planner/present/comparison.py" line="185"/>
        <source>From “{first}” to “{second}”:</source>
        <translation>Skenaariosta ”{first}” skenaarioon ”{second}”:</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="198"/>
        <source>Plan year</source>
        <translation>Suunnitteluvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="201"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="207"/>
        <source>Description: differs</source>
        <translation>Kuvaus: eroaa</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="209"/>
        <source>Inputs that differ:</source>
        <translation>Eroavat lähtötiedot:</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="212"/>
        <source>The levers, plan year, target and description are the same.</source>
        <translation>Toimenpiteet, suunnitteluvuosi, tavoite ja kuvaus ovat samat.</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="214"/>
        <source>Results:</source>
        <translation>Tulokset:</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="221"/>
        <source>Plan-year savings</source>
        <translation>Suunnitteluvuoden säästöt</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="229"/>
        <source>Share of the target reached</source>
        <translation>Tavoitteesta saavutettu</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="236"/>
        <source>In-year effect, before one-off costs</source>
        <translation>Vuosivaikutus ennen kertaluonteisia kustannuksia</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="243"/>
        <source>Demand delivered, all lines</source>
        <translation>Toteutunut tarve, kaikki palvelut</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="251"/>
        <source>Service lines below their floor</source>
        <translation>Alarajan alittavat palvelut</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="259"/>
        <source>below its floor</source>
        <translation>alittaa alarajansa</translation>
    </message>
    <message>
        <location filename="../../planner/present/comparison.py" line="263"/>
        <source>{name} shortfall</source>
        <translation>{name}: vaje</translation>
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
        <translation>lakisääteinen</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="89"/>
        <source>queueable</source>
        <translation>jonotettava</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="131"/>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="131"/>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="229"/>
        <location filename="../../planner/files/export.py" line="271"/>
        <source>All levers</source>
        <translation>Kaikki toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="359"/>
        <source>Scenario</source>
        <translation>Skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="360"/>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="364"/>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="367"/>
        <location filename="../../planner/files/export.py" line="434"/>
        <source>Plan year</source>
        <translation>Suunnitteluvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="368"/>
        <location filename="../../planner/files/export.py" line="435"/>
        <source>Target (€)</source>
        <translation>Tavoite (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="371"/>
        <location filename="../../planner/files/export.py" line="412"/>
        <source>Savings in plan year (€)</source>
        <translation>Säästöt suunnitteluvuonna (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="377"/>
        <location filename="../../planner/files/export.py" line="418"/>
        <source>Savings recurring (€ a year)</source>
        <translation>Toistuvat säästöt (€ vuodessa)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="381"/>
        <location filename="../../planner/files/export.py" line="422"/>
        <location filename="../../planner/files/export.py" line="445"/>
        <location filename="../../planner/files/export.py" line="473"/>
        <source>One-off costs (€)</source>
        <translation>Kertaluonteiset kustannukset (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="382"/>
        <location filename="../../planner/files/export.py" line="446"/>
        <source>Gap to target (€)</source>
        <translation>Ero tavoitteeseen (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="383"/>
        <location filename="../../planner/files/export.py" line="447"/>
        <source>Share of target</source>
        <translation>Osuus tavoitteesta</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="384"/>
        <location filename="../../planner/files/export.py" line="448"/>
        <source>Target reached</source>
        <translation>Tavoite saavutettu</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="387"/>
        <location filename="../../planner/files/export.py" line="496"/>
        <source>Share of demand met</source>
        <translation>Tarpeesta katettu osuus</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="398"/>
        <source>Levers</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="401"/>
        <location filename="../../planner/files/export.py" line="470"/>
        <location filename="../../planner/files/export.py" line="530"/>
        <source>Lever id</source>
        <translation>Toimenpiteen tunnus</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="402"/>
        <location filename="../../planner/files/export.py" line="471"/>
        <source>Lever</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="403"/>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="404"/>
        <location filename="../../planner/files/export.py" line="581"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="405"/>
        <location filename="../../planner/files/export.py" line="488"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="406"/>
        <source>Start (year-month)</source>
        <translation>Alku (vuosi-kuukausi)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="407"/>
        <source>Start year</source>
        <translation>Alkuvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="408"/>
        <source>Start month</source>
        <translation>Alkukuukausi</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="409"/>
        <source>Ramp-up (months)</source>
        <translation>Käyttöönottoaika (kuukautta)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="430"/>
        <source>Years</source>
        <translation>Vuodet</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="436"/>
        <location filename="../../planner/files/export.py" line="474"/>
        <source>Savings (€)</source>
        <translation>Säästöt (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="437"/>
        <source>Cost savings (€)</source>
        <translation>Kustannussäästöt (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="438"/>
        <source>Extra income (€)</source>
        <translation>Lisätulot (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="441"/>
        <source>In-year effect of the levers (€)</source>
        <translation>Toimenpiteiden vuosivaikutus (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="449"/>
        <source>Net cost (€)</source>
        <translation>Nettomenot (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="452"/>
        <source>Net cost with no change (€)</source>
        <translation>Nettomenot ilman muutoksia (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="457"/>
        <source>Own staff added (FTE)</source>
        <translation>Lisätty oma henkilöstö (htv)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="466"/>
        <source>Lever years</source>
        <translation>Toimenpiteet vuosittain</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="472"/>
        <source>In-year effect (€)</source>
        <translation>Vuosivaikutus (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="482"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="486"/>
        <location filename="../../planner/files/export.py" line="531"/>
        <source>Service id</source>
        <translation>Palvelun tunnus</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="487"/>
        <source>Service line</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="489"/>
        <source>Duty</source>
        <translation>Velvoite</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="490"/>
        <source>Baseline volume</source>
        <translation>Lähtötason volyymi</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="491"/>
        <source>Demand</source>
        <translation>Tarve</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="492"/>
        <source>Capacity</source>
        <translation>Kapasiteetti</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="493"/>
        <source>Delivered</source>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="494"/>
        <source>Bought</source>
        <translation>Ostettu</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="495"/>
        <source>Shortfall</source>
        <translation>Vaje</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="497"/>
        <source>Floor</source>
        <translation>Alaraja</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="498"/>
        <source>Moved to digital</source>
        <translation>Siirretty digitaaliseen kanavaan</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="506"/>
        <source>Budget</source>
        <translation>Talousarvio</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="510"/>
        <source>Category id</source>
        <translation>Kululajin tunnus</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="511"/>
        <source>Category</source>
        <translation>Kululaji</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="512"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="513"/>
        <source>Baseline (€)</source>
        <translation>Lähtötaso (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="514"/>
        <source>No change (€)</source>
        <translation>Ei muutoksia (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="515"/>
        <source>Scenario (€)</source>
        <translation>Skenaario (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="516"/>
        <source>Change (€)</source>
        <translation>Muutos (€)</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="524"/>
        <source>Warnings</source>
        <translation>Varoitukset</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="528"/>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="529"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="539"/>
        <source>Overrides</source>
        <translation>Muutetut oletukset</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="542"/>
        <source>Figure id</source>
        <translation>Luvun tunnus</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="543"/>
        <source>Figure</source>
        <translation>Luku</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="544"/>
        <source>Baseline value</source>
        <translation>Lähtötason arvo</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="545"/>
        <source>Scenario assumes</source>
        <translation>Skenaarion oletus</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="546"/>
        <source>Because</source>
        <translation>Perustelu</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="555"/>
        <source>Baseline</source>
        <translation>Lähtötaso</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="558"/>
        <source>Baseline file</source>
        <translation>Lähtötason tiedosto</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="560"/>
        <source>Exported</source>
        <translation>Viety</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="563"/>
        <source>Planner version</source>
        <translation>Suunnittelijan versio</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="565"/>
        <source>Signs</source>
        <translation>Etumerkit</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="566"/>
        <source>Savings are positive when they help the budget (less spending or more income), measured against the no-change trend of each year. Savings include one-off costs; the in-year effect is before them. A budget change is scenario minus no change in the same year.</source>
        <translation>Säästöt ovat positiivisia, kun ne auttavat taloutta (vähemmän menoja tai enemmän tuloja), verrattuna kunkin vuoden kehitykseen ilman muutoksia. Säästöihin sisältyvät kertaluonteiset kustannukset; vuosivaikutus on ennen niitä. Talousarvion muutos on skenaario miinus ei muutoksia samana vuonna.</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="578"/>
        <source>About</source>
        <translation>Tietoja</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="580"/>
        <source>Item</source>
        <translation>Kohta</translation>
    </message>
</context>
<context>
    <name>ExportCsv</name>
    <message>
        <location filename="../../planner/files/export.py" line="65"/>
        <source>scenario</source>
        <translation>skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="66"/>
        <source>table</source>
        <translation>taulukko</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="67"/>
        <source>year</source>
        <translation>vuosi</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="68"/>
        <source>item</source>
        <translation>kohde</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="69"/>
        <source>label</source>
        <translation>nimi</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="70"/>
        <source>measure</source>
        <translation>mittari</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="71"/>
        <source>value</source>
        <translation>arvo</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="72"/>
        <source>unit</source>
        <translation>yksikkö</translation>
    </message>
</context>
<context>
    <name>ExportUnit</name>
    <message>
        <location filename="../../planner/files/export.py" line="79"/>
        <source>share</source>
        <translation>osuus</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="80"/>
        <source>year</source>
        <translation>vuosi</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="81"/>
        <source>month</source>
        <translation>kuukausi</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="82"/>
        <source>months</source>
        <translation>kuukautta</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="83"/>
        <source>FTE</source>
        <translation>htv</translation>
    </message>
    <message>
        <location filename="../../planner/files/export.py" line="84"/>
        <source>1 = yes, 0 = no</source>
        <translation>1 = kyllä, 0 = ei</translation>
    </message>
</context>
<context>
    <name>FanChart</name>
    <message>
        <location filename="../../planner/report/charts.py" line="513"/>
        <source>10th to 90th percentile</source>
        <translation>10.–90. persentiili</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="514"/>
        <source>median (50th percentile)</source>
        <translation>mediaani (50. persentiili)</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="515"/>
        <source>target</source>
        <translation>tavoite</translation>
    </message>
</context>
<context>
    <name>Figure</name>
    <message>
        <location filename="../../planner/present/figures.py" line="20"/>
        <source>volume</source>
        <translation>volyymi</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="21"/>
        <source>unit cost</source>
        <translation>yksikkökustannus</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="22"/>
        <source>share done by agency staff</source>
        <translation>vuokratyövoiman tekemä osuus</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="23"/>
        <source>yearly growth of demand</source>
        <translation>palvelutarpeen vuosikasvu</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="24"/>
        <source>share the digital channel could take</source>
        <translation>digitaalisen kanavan mahdollinen osuus</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="27"/>
        <source>floor of demand met</source>
        <translation>tarpeen täyttymisen alaraja</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="28"/>
        <source>statutory or queueable</source>
        <translation>lakisääteinen tai jonotettava</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="29"/>
        <source>price bought from others, share of own cost</source>
        <translation>muilta ostetun hinta, osuus omasta kustannuksesta</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="32"/>
        <source>cost saved per unit fewer, share of unit cost</source>
        <translation>yksikön vähennyksestä säästyvä kustannus, osuus yksikkökustannuksesta</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="35"/>
        <source>share of volume paying a fee</source>
        <translation>maksullinen osuus volyymista</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="36"/>
        <source>client fee today</source>
        <translation>asiakasmaksu nyt</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="37"/>
        <source>national reference fee</source>
        <translation>valtakunnallinen vertailumaksu</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="38"/>
        <source>highest fee the law allows</source>
        <translation>lain sallima enimmäismaksu</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="39"/>
        <source>amount</source>
        <translation>määrä</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="40"/>
        <source>share staff influence</source>
        <translation>henkilöstön vaikutettavissa oleva osuus</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="41"/>
        <source>leased office area</source>
        <translation>vuokrattu toimistopinta-ala</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="42"/>
        <source>rent per m²</source>
        <translation>vuokra / m²</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="43"/>
        <location filename="../../planner/present/figures.py" line="44"/>
        <source>end of the lease</source>
        <translation>vuokrasopimuksen päättyminen</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="45"/>
        <source>end month of the lease</source>
        <translation>vuokrasopimuksen päättymiskuukausi</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="46"/>
        <source>notice period</source>
        <translation>irtisanomisaika</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="47"/>
        <source>landlord</source>
        <translation>vuokranantaja</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="48"/>
        <source>wage growth</source>
        <translation>palkkojen nousu</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="49"/>
        <source>price growth</source>
        <translation>hintojen nousu</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="84"/>
        <source>service line</source>
        <translation>palvelu</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="85"/>
        <source>fee</source>
        <translation>maksu</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="86"/>
        <source>budget category</source>
        <translation>kululaji</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="87"/>
        <source>office lease</source>
        <translation>toimiston vuokrasopimus</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="88"/>
        <source>year</source>
        <translation>vuosi</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="130"/>
        <source>{what} in {year}</source>
        <translation>{what} vuonna {year}</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="138"/>
        <source>{what}, per {rows}</source>
        <translation>{what}, per {rows}</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="157"/>
        <source>planning estimate</source>
        <translation>suunnitteluarvio</translation>
    </message>
</context>
<context>
    <name>FigureName</name>
    <message>
        <location filename="../../planner/present/figures.py" line="54"/>
        <source>Staff of the division</source>
        <translation>Toimialan henkilöstö</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="55"/>
        <source>Own staff cost per FTE a year</source>
        <translation>Oman henkilöstön kustannus / htv vuodessa</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="56"/>
        <source>Extra cost of an agency hour over an own-staff hour</source>
        <translation>Vuokratyötunnin lisäkustannus omaan tuntiin verrattuna</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="59"/>
        <source>Own staff that can be recruited a year</source>
        <translation>Vuodessa rekrytoitavissa oleva oma henkilöstö</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="62"/>
        <source>Training cost per person</source>
        <translation>Koulutuskustannus henkilöä kohden</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="63"/>
        <source>Share of the training base saved by training</source>
        <translation>Koulutuksella säästyvä osuus koulutuspohjasta</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="66"/>
        <source>One-off cost of giving up a m² of office</source>
        <translation>Toimistoneliöstä luopumisen kertakustannus</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="69"/>
        <source>Demand lost to a fee rise</source>
        <translation>Maksun nousun vuoksi menetetty kysyntä</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="70"/>
        <source>Cost of a digital visit</source>
        <translation>Digitaalisen käynnin kustannus</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="71"/>
        <source>Default savings target</source>
        <translation>Oletussäästötavoite</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="72"/>
        <source>Share of rent owed that re-letting recovers</source>
        <translation>Edelleenvuokrauksella katettu osuus jäljellä olevasta vuokrasta</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="75"/>
        <source>Share of volume past the payment ceiling</source>
        <translation>Maksukaton ylittävä osuus volyymista</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="78"/>
        <source>One-off cost of setting up the digital channel</source>
        <translation>Digitaalisen kanavan käyttöönoton kertakustannus</translation>
    </message>
</context>
<context>
    <name>FigureUnit</name>
    <message>
        <location filename="../../planner/ui/figures.py" line="41"/>
        <source>units a year</source>
        <translation>suoritetta vuodessa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="42"/>
        <source>€ per unit</source>
        <translation>€ / suorite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="43"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="44"/>
        <source>% a year</source>
        <translation>% vuodessa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="45"/>
        <source>€ a year</source>
        <translation>€ vuodessa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="46"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="47"/>
        <source>€ per m² a year</source>
        <translation>€ / m² vuodessa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="48"/>
        <source>year</source>
        <translation>vuosi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="49"/>
        <source>month</source>
        <translation>kuukausi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="50"/>
        <source>months</source>
        <translation>kuukautta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="51"/>
        <source>as in the unit column</source>
        <translation>kuten yksikkösarakkeessa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="52"/>
        <source>as the figure</source>
        <translation>kuten luku</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="53"/>
        <source>people</source>
        <translation>henkilöä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="54"/>
        <source>EUR</source>
        <translation>€</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="55"/>
        <source>FTE</source>
        <translation>htv</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="56"/>
        <source>ratio</source>
        <translation>suhdeluku</translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <location filename="../../planner/ui/figures.py" line="28"/>
        <source>Services</source>
        <translation>Palvelut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="29"/>
        <source>Fees</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="30"/>
        <source>Budget</source>
        <translation>Talousarvio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="31"/>
        <source>Premises</source>
        <translation>Toimitilat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="32"/>
        <source>Workforce</source>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="33"/>
        <source>Parameters</source>
        <translation>Parametrit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="34"/>
        <source>Prices</source>
        <translation>Hinnat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="61"/>
        <source>volume</source>
        <translation>volyymi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="62"/>
        <source>unit cost</source>
        <translation>yksikkökustannus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="63"/>
        <source>outsourced share</source>
        <translation>ulkopuolisen osuus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="64"/>
        <source>demand growth</source>
        <translation>tarpeen kasvu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="65"/>
        <source>digital share possible</source>
        <translation>mahdollinen digiosuus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="66"/>
        <source>floor</source>
        <translation>alaraja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="67"/>
        <source>bought price</source>
        <translation>ostohinta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="68"/>
        <source>marginal cost</source>
        <translation>rajakustannus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="69"/>
        <source>chargeable share</source>
        <translation>maksullinen osuus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="70"/>
        <source>fee today</source>
        <translation>maksu nyt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="71"/>
        <source>reference fee</source>
        <translation>vertailumaksu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="72"/>
        <source>legal maximum fee</source>
        <translation>lain enimmäismaksu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="73"/>
        <source>amount</source>
        <translation>määrä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="74"/>
        <source>training base</source>
        <translation>koulutuspohja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="75"/>
        <source>area</source>
        <translation>pinta-ala</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="76"/>
        <source>rent</source>
        <translation>vuokra</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="77"/>
        <source>lease end year</source>
        <translation>sopimuksen päättymisvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="78"/>
        <source>lease end month</source>
        <translation>sopimuksen päättymiskuukausi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="79"/>
        <source>notice</source>
        <translation>irtisanomisaika</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="80"/>
        <source>wage growth</source>
        <translation>palkkojen nousu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="81"/>
        <source>price growth</source>
        <translation>hintojen nousu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="85"/>
        <source>read</source>
        <translation>luettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="86"/>
        <source>derived</source>
        <translation>johdettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="87"/>
        <source>assumption</source>
        <translation>oletus</translation>
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
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/figures.py" line="240"/>
        <source>Year {year}</source>
        <translation>Vuosi {year}</translation>
    </message>
</context>
<context>
    <name>GoalSeek</name>
    <message>
        <location filename="../../planner/ui/goal_seek_action.py" line="38"/>
        <source>{lever} at {value} is the smallest value that reaches the {target} target in {year}: savings {savings}.</source>
        <translation>{lever} arvolla {value} on pienin arvo, joka saavuttaa tavoitteen {target} vuonna {year}: säästöt {savings}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/goal_seek_action.py" line="49"/>
        <source>Not reachable with {lever} alone: the most it gives is {savings} in {year} (at {value}), {gap} of the {target} target. The lever is set to that value; Undo puts it back.</source>
        <translation>Ei saavutettavissa pelkällä toimenpiteellä {lever}: se antaa enintään {savings} vuonna {year} (arvolla {value}), {gap} tavoitteesta {target}. Toimenpide asetetaan tähän arvoon; Kumoa palauttaa sen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/goal_seek_action.py" line="89"/>
        <source>With this scenario&apos;s own assumptions the plan-year savings shown are {savings}.</source>
        <translation>Tämän skenaarion omilla oletuksilla näytetyt suunnitteluvuoden säästöt ovat {savings}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/goal_seek_action.py" line="111"/>
        <location filename="../../planner/ui/timing_editor.py" line="230"/>
        <source>Goal seek</source>
        <translation>Tavoitehaku</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="231"/>
        <source>Goal seek {lever}</source>
        <translation>Tavoitehaku: {lever}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="233"/>
        <source>Set {lever} to the smallest value that reaches the target in the plan year, the other levers held (one undo step). If it cannot, it is set to the value that gives the most, and you are told how far short that is.</source>
        <translation>Aseta {lever} pienimpään arvoon, jolla tavoite saavutetaan suunnitteluvuonna, muut toimenpiteet ennallaan (yksi kumottava vaihe). Jos se ei onnistu, asetetaan arvo, joka antaa eniten, ja kerrotaan, kuinka paljon siitä jää puuttumaan.</translation>
    </message>
</context>
<context>
    <name>Headline</name>
    <message>
        <location filename="../../planner/ui/headline.py" line="30"/>
        <location filename="../../planner/ui/headline.py" line="83"/>
        <source>Savings against the target</source>
        <translation>Säästöt suhteessa tavoitteeseen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="84"/>
        <source>Gap to the target</source>
        <translation>Ero tavoitteeseen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="85"/>
        <source>Share of demand delivered</source>
        <translation>Toteutunut osuus palvelutarpeesta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="102"/>
        <source>Probability of reaching the target</source>
        <translation>Tavoitteen saavuttamisen todennäköisyys</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="113"/>
        <source>Savings {savings} of the {target} target</source>
        <translation>Säästöt {savings} tavoitteesta {target}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="117"/>
        <source>Plan-year savings {savings} against the target {target}</source>
        <translation>Suunnitteluvuoden säästöt {savings}, tavoite {target}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="123"/>
        <source>No target set</source>
        <translation>Tavoitetta ei ole asetettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="125"/>
        <source>✔ Target reached: {share}, {gap}</source>
        <translation>✔ Tavoite saavutettu: {share}, {gap}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="127"/>
        <source>{share} reached · {gap}</source>
        <translation>{share} saavutettu · {gap}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="129"/>
        <source>Plan year {year}: &lt;b&gt;{savings}&lt;/b&gt;</source>
        <translation>Suunnitteluvuosi {year}: &lt;b&gt;{savings}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="131"/>
        <source>One-off costs included: {amount}</source>
        <translation>Mukana kertakulut: {amount}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="133"/>
        <source>In-year effect, before one-off costs: &lt;b&gt;{amount}&lt;/b&gt;</source>
        <translation>Vuosivaikutus ilman kertakuluja: &lt;b&gt;{amount}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="135"/>
        <source>Demand delivered {share}</source>
        <translation>Palvelutarpeesta toteutuu {share}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="140"/>
        <source>▼ below its floor</source>
        <translation>▼ alle alarajan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="142"/>
        <source>▼ short</source>
        <translation>▼ vajetta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="143"/>
        <source>Worst line: &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{share} of demand met, {shortfall} {unit}s short ({mark})</source>
        <translation>Heikoin palvelu: &lt;b&gt;{name}&lt;/b&gt;&lt;br&gt;{share} tarpeesta täytetty, vajetta {shortfall} {unit} ({mark})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/headline.py" line="155"/>
        <source>Every service line meets its demand in full</source>
        <translation>Jokainen palvelu täyttää tarpeensa kokonaan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="754"/>
        <source>Probability of reaching the target: …</source>
        <translation>Tavoitteen saavuttamisen todennäköisyys: …</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="755"/>
        <source>Computing the uncertainty analysis of this scenario</source>
        <translation>Lasketaan tämän skenaarion epävarmuusanalyysia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="760"/>
        <source>Probability of reaching the target: –</source>
        <translation>Tavoitteen saavuttamisen todennäköisyys: –</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="761"/>
        <source>Not analysed: see the Uncertainty tab</source>
        <translation>Ei analysoitu: ks. Epävarmuus-välilehti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="767"/>
        <source>Probability of reaching the target: &lt;b&gt;{share}&lt;/b&gt;</source>
        <translation>Tavoitteen saavuttamisen todennäköisyys: &lt;b&gt;{share}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="770"/>
        <source>In {share} of {draws} draws of the baseline&apos;s assumptions (each from its low–high range, seed {seed}) the {year} savings reach the target. Details in the Uncertainty tab.</source>
        <translation>{share}:ssa {draws} arvonnasta lähtötason oletuksista (kukin vaihteluvälinsä sisältä, siemenluku {seed}) vuoden {year} säästöt saavuttavat tavoitteen. Lisätietoja Epävarmuus-välilehdellä.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <location filename="../../planner/ui/language.py" line="88"/>
        <source>&amp;Settings</source>
        <translation>&amp;Asetukset</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="101"/>
        <source>&amp;Language (from the next start)</source>
        <translation>&amp;Kieli (seuraavasta käynnistyksestä)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="110"/>
        <source>The system&apos;s language ({language})</source>
        <translation>Järjestelmän kieli ({language})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="122"/>
        <source>The planner speaks this language from its next start</source>
        <translation>Suunnittelija käyttää tätä kieltä seuraavasta käynnistyksestä alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="136"/>
        <source>The planner already speaks {language}.</source>
        <translation>Suunnittelija on jo kielellä {language}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="143"/>
        <source>{language} from the next start of the planner.</source>
        <translation>{language} seuraavasta käynnistyksestä alkaen.</translation>
    </message>
</context>
<context>
    <name>LeverGroup</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="19"/>
        <source>Premises</source>
        <translation>Toimitilat</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="26"/>
        <source>Workforce</source>
        <translation>Henkilöstö</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="39"/>
        <source>Fees</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="46"/>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="53"/>
        <source>Digital</source>
        <translation>Digitaalisuus</translation>
    </message>
</context>
<context>
    <name>LeverHelp</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="15"/>
        <source>Space is given up from the leases that end first. Rent stops at the lease end, or after the notice period from the start date. Leaving early (an option) stops the rent at the start but costs the rent still owed, less the share re-let. Moving costs a one-off per square metre. Internal rent saved is not saved by the city.</source>
        <translation>Tiloista luovutaan ensin päättyvistä vuokrasopimuksista alkaen. Vuokra päättyy sopimuksen päättyessä tai irtisanomisajan jälkeen aloituspäivästä lukien. Ennenaikainen irtautuminen (valinnainen) lopettaa vuokran heti alussa, mutta maksaa jäljellä olevan vuokran, josta vähennetään edelleenvuokrattu osuus. Muutto maksaa kertaluonteisen summan neliömetriä kohden. Säästetty sisäinen vuokra ei ole kaupungille säästöä.</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="22"/>
        <source>The agency labour spend removed is saved. Hours not backfilled by own staff are lost capacity: on statutory lines that volume is bought at the substitute price, on queueable lines it becomes shortfall.</source>
        <translation>Poistettu vuokratyövoiman kustannus säästetään. Tunnit, joita oma henkilöstö ei korvaa, ovat menetettyä kapasiteettia: lakisääteisissä palveluissa tämä volyymi ostetaan korvaavalla hinnalla, jonotettavissa palveluissa siitä tulee vajetta.</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="29"/>
        <source>Share of the removed agency hours done by own staff instead, at own-staff cost (agency hours cost a premium), but only as fast as the division can recruit. Has effect only with agency labour removed.</source>
        <translation>Osuus poistetuista vuokratyötunneista, jotka oma henkilöstö tekee oman henkilöstön kustannuksella (vuokratyötunti on kalliimpi), mutta vain niin nopeasti kuin toimiala pystyy rekrytoimaan. Vaikuttaa vain, kun vuokratyövoimaa on vähennetty.</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="35"/>
        <source>From the start date, each fee moves this far from today&apos;s level toward the national reference (never above the legal maximum). Income is counted on delivered chargeable volume, less clients past the annual payment ceiling; demand falls a little.</source>
        <translation>Aloituspäivästä alkaen kukin maksu siirtyy tämän verran nykytasosta kohti valtakunnallista vertailumaksua (ei koskaan lain enimmäismaksun yli). Tulo lasketaan toteutuneesta maksullisesta volyymista ilman maksukaton ylittäneitä asiakkaita; kysyntä laskee hieman.</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="42"/>
        <source>Costs a one-off amount per person trained and saves a share of the spend staff influence day to day (the training base the budget names; not HUS, purchased care or grants), in proportion to the share of staff trained. A low-confidence lever.</source>
        <translation>Maksaa kertaluonteisen summan koulutettua henkilöä kohden ja säästää osan menoista, joihin henkilöstö vaikuttaa päivittäin (talousarvion koulutuspohja; ei HUS, ostettu hoito tai avustukset), koulutetun henkilöstön osuuden suhteessa. Epävarma toimenpide.</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="49"/>
        <source>Only lines counted in visits, appointments or contacts shift. Moved visits cost the digital unit cost; the in-person capacity they free first serves unmet or bought demand, and only what is left saves money, at the marginal cost. Setting up the channel is a one-off.</source>
        <translation>Vain käynteinä, vastaanottoina tai yhteydenottoina laskettavat palvelut siirtyvät. Siirretyt käynnit maksavat digitaalisen yksikkökustannuksen; vapautuva lähipalvelun kapasiteetti palvelee ensin täyttämätöntä tai ostettua tarvetta, ja vain loppu säästää rahaa rajakustannuksella. Kanavan käyttöönotto on kertakustannus.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="29"/>
        <source>{unit}, {low}–{high}; no change: {no_change}</source>
        <translation>{unit}, {low}–{high}; ei muutosta: {no_change}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="35"/>
        <source>Acts on these figures of the baseline {name}:</source>
        <translation>Vaikuttaa näihin lähtötason {name} lukuihin:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="38"/>
        <source>Read = stated in a public source; derived = computed from read figures; assumption = a planning estimate with a low–high range. Help &gt; User Guide (F1) says more.</source>
        <translation>Luettu = julkisessa lähteessä ilmoitettu; johdettu = laskettu luetuista luvuista; oletus = suunnitteluarvio vaihteluväleineen. Ohje &gt; Käyttöopas (F1) kertoo lisää.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="63"/>
        <source>yes for {names}</source>
        <translation>kyllä: {names}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="65"/>
        <source>basis: {basis}; sources: {sources}</source>
        <translation>peruste: {basis}; lähteet: {sources}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="79"/>
        <source>Read from {origin}</source>
        <translation>Luettu lähteestä {origin}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="82"/>
        <source>Budget and capacity planning for a city&apos;s social services, health care and rescue services: move the levers, see the savings against the target and the service volumes delivered.</source>
        <translation>Sosiaali-, terveys- ja pelastustoimen talousarvion ja kapasiteetin suunnittelu: muuta toimenpiteitä ja näe säästöt suhteessa tavoitteeseen sekä toteutuvat palveluvolyymit.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="88"/>
        <source>{records} provenance records: {read} read from public sources, {derived} derived from read figures, {assumed} assumptions, each with its reasoning and a low–high range; {documents} public documents cited. Every figure, its source address and the open questions are in {file}; each lever&apos;s tooltip names the figures it acts on.</source>
        <translation>{records} lähdetietoa: {read} luettu julkisista lähteistä, {derived} johdettu luetuista luvuista, {assumed} oletusta perusteluineen ja vaihteluväleineen; {documents} julkista asiakirjaa lähteinä. Jokainen luku, sen lähdeosoite ja avoimet kysymykset ovat tiedostossa {file}; kunkin toimenpiteen työkaluvihje nimeää luvut, joihin se vaikuttaa.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="102"/>
        <source>Baseline:</source>
        <translation>Lähtötaso:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="103"/>
        <source>Data sources:</source>
        <translation>Tietolähteet:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_help.py" line="104"/>
        <source>Free software under the MIT licence.</source>
        <translation>Vapaa ohjelmisto MIT-lisenssillä.</translation>
    </message>
</context>
<context>
    <name>LeverName</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="13"/>
        <source>Office space given up</source>
        <translation>Toimistotiloista luopuminen</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="20"/>
        <source>Outsourced labour removed</source>
        <translation>Vuokratyövoiman vähentäminen</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="27"/>
        <source>Removed hours backfilled by own staff</source>
        <translation>Poistetut tunnit korvataan omalla henkilöstöllä</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="33"/>
        <source>Client fees moved to the national reference</source>
        <translation>Asiakasmaksut kohti valtakunnallista vertailumaksua</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="40"/>
        <source>Staff who complete financial training</source>
        <translation>Talouskoulutuksen suorittava henkilöstö</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="47"/>
        <source>Substitutable visits moved to the digital channel</source>
        <translation>Korvattavat käynnit digitaaliseen kanavaan</translation>
    </message>
</context>
<context>
    <name>LeverPanel</name>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="84"/>
        <source>{lever}, slider</source>
        <translation>{lever}, liukusäädin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="108"/>
        <source>{step} less</source>
        <translation>{step} vähemmän</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="111"/>
        <source>{step} more</source>
        <translation>{step} enemmän</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="114"/>
        <source>Reset</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="116"/>
        <source>Back to no change ({value})</source>
        <translation>Takaisin ennalleen ({value})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="121"/>
        <source>Reset {lever}</source>
        <translation>Palauta {lever}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="253"/>
        <source>Type a number from {low} to {high} (12.5 or 12,5).</source>
        <translation>Kirjoita luku väliltä {low}–{high} (12,5 tai 12.5).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="257"/>
        <source>{typed} % is outside {low}–{high} %: not taken; the lever stays at {value}.</source>
        <translation>{typed} % on välin {low}–{high} % ulkopuolella: ei hyväksytty; toimenpide pysyy arvossa {value}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="292"/>
        <source>{typed} is not a plan year from {first} to {last}: not taken.</source>
        <translation>{typed} ei ole suunnitteluvuosi väliltä {first}–{last}: ei hyväksytty.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="330"/>
        <source>{typed} is not a target from €0 to {high}: not taken.</source>
        <translation>{typed} ei ole tavoite väliltä 0 € – {high}: ei hyväksytty.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="352"/>
        <source>Plan settings</source>
        <translation>Suunnitelman asetukset</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="357"/>
        <source>Plan year</source>
        <translation>Suunnitteluvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="359"/>
        <source>The year the plan is for ({first}–{last}). Later years grow each service line&apos;s demand by its growth rate and costs by the wage and price indexes; leases that have ended by then stop their rent.</source>
        <translation>Vuosi, jota suunnitelma koskee ({first}–{last}). Myöhempinä vuosina kunkin palvelun tarve kasvaa kasvuvauhtinsa mukaan ja kustannukset palkka- ja hintaindeksien mukaan; siihen mennessä päättyneiden vuokrasopimusten vuokra lakkaa.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="375"/>
        <source>Savings target in euros</source>
        <translation>Säästötavoite euroina</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="378"/>
        <source>The plan-year savings to reach, in euros (arrow keys: ±€1,000,000). The default, {target}, is the target the baseline {year} states.</source>
        <translation>Suunnitteluvuonna saavutettavat säästöt euroina (nuolinäppäimet: ±1 000 000 €). Oletus {target} on lähtötason {year} ilmoittama tavoite.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="387"/>
        <source>Plan &amp;year</source>
        <translation>Suunnittelu&amp;vuosi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="388"/>
        <source>Savings &amp;target</source>
        <translation>Säästö&amp;tavoite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="447"/>
        <source>Reset all levers</source>
        <translation>Palauta kaikki toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/lever_panel.py" line="449"/>
        <source>Every lever back to no change (Edit &gt; Reset Levers)</source>
        <translation>Kaikki toimenpiteet ennalleen (Muokkaa &gt; Palauta toimenpiteet)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="73"/>
        <source>Targets by year…</source>
        <translation>Tavoitteet vuosittain…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="75"/>
        <source>One target per year of the plan (default: the savings target in every year); one undo step</source>
        <translation>Oma tavoite kullekin suunnitelman vuodelle (oletus: säästötavoite joka vuosi); yksi kumottava vaihe</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="82"/>
        <source>Reach the target…</source>
        <translation>Saavuta tavoite…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="84"/>
        <source>Find the plan that reaches the target with the least harm to services, within limits you set (Ctrl+Shift+T)</source>
        <translation>Etsi suunnitelma, joka saavuttaa tavoitteen palveluja vähiten heikentäen, asettamissasi rajoissa (Ctrl+Vaihto+T)</translation>
    </message>
</context>
<context>
    <name>LeverShortName</name>
    <message>
        <location filename="../../planner/present/result.py" line="51"/>
        <source>Office</source>
        <translation>Toimitilat</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="52"/>
        <source>Outsourced</source>
        <translation>Vuokratyö</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="53"/>
        <source>Backfill</source>
        <translation>Korvaus</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="54"/>
        <source>Fees</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="55"/>
        <source>Training</source>
        <translation>Koulutus</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="56"/>
        <source>Digital</source>
        <translation>Digi</translation>
    </message>
</context>
<context>
    <name>LeverUnit</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="14"/>
        <source>% of leased office area</source>
        <translation>% vuokratusta toimistopinta-alasta</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="21"/>
        <source>% of outsourced labour spend</source>
        <translation>% vuokratyövoiman menoista</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="28"/>
        <source>% of removed hours</source>
        <translation>% poistetuista tunneista</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="34"/>
        <source>% of the gap closed</source>
        <translation>% erosta kurottu umpeen</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="41"/>
        <source>% of staff</source>
        <translation>% henkilöstöstä</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="48"/>
        <source>% of substitutable visits</source>
        <translation>% korvattavista käynneistä</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="501"/>
        <source>&amp;Assumptions</source>
        <translation>Oletu&amp;kset</translation>
    </message>
    <message>
        <location filename="../../planner/ui/language.py" line="93"/>
        <location filename="../../planner/ui/main_window.py" line="255"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="117"/>
        <source>Service volumes table</source>
        <translation>Palveluvolyymitaulukko</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="119"/>
        <source>Budget table</source>
        <translation>Talousarviotaulukko</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="121"/>
        <source>Savings by lever table</source>
        <translation>Säästöt toimenpiteittäin -taulukko</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="124"/>
        <source>Warnings</source>
        <translation>Varoitukset</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="141"/>
        <source>&amp;Service volumes</source>
        <translation>Palvelu&amp;volyymit</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="142"/>
        <source>&amp;Budget</source>
        <translation>Talousa&amp;rvio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="143"/>
        <source>Savings by &amp;lever</source>
        <translation>Toimen&amp;piteet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="210"/>
        <location filename="../../planner/ui/workbook_files.py" line="88"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="211"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/baseline_actions.py" line="159"/>
        <location filename="../../planner/ui/main_window.py" line="225"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="230"/>
        <source>&amp;Reset Levers</source>
        <translation>&amp;Palauta toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="233"/>
        <source>Every lever back to no change (can be undone)</source>
        <translation>Kaikki toimenpiteet ennalleen (voidaan kumota)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="241"/>
        <source>Scenari&amp;o</source>
        <translation>&amp;Skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="251"/>
        <source>Show Scenario &amp;List</source>
        <translation>Näytä skenaario&amp;luettelo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="257"/>
        <source>&amp;About Planner</source>
        <translation>&amp;Tietoja Suunnittelijasta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="278"/>
        <source>Baseline: {name}{origin}</source>
        <translation>Lähtötaso: {name}{origin}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="283"/>
        <source>Scenarios are evaluated on the baseline {name}</source>
        <translation>Skenaariot lasketaan lähtötasolla {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="339"/>
        <source>&lt;b&gt;{mark} Warnings ({count})&lt;/b&gt;</source>
        <translation>&lt;b&gt;{mark} Varoitukset ({count})&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="343"/>
        <source>&lt;b&gt;No warnings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ei varoituksia&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/main_window.py" line="349"/>
        <source>About Planner</source>
        <translation>Tietoja Suunnittelijasta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="34"/>
        <source>&amp;Multi-year</source>
        <translation>Vuo&amp;det</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="38"/>
        <source>&amp;Targets by Year…</source>
        <translation>&amp;Tavoitteet vuosittain…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="40"/>
        <source>The savings target of each year of the plan</source>
        <translation>Suunnitelman kunkin vuoden säästötavoite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="43"/>
        <source>Reac&amp;h the Target…</source>
        <translation>Saa&amp;vuta tavoite…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_tools.py" line="46"/>
        <source>Find the plan that reaches the target with the least harm to services</source>
        <translation>Etsi suunnitelma, joka saavuttaa tavoitteen palveluja vähiten heikentäen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="730"/>
        <source>&amp;Uncertainty</source>
        <translation>Epävarm&amp;uus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_guide.py" line="46"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Käyttöopas</translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_guide.py" line="48"/>
        <source>How to use the planner</source>
        <translation>Suunnittelijan käyttö</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="23"/>
        <source>January</source>
        <translation>tammikuu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="24"/>
        <source>February</source>
        <translation>helmikuu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="25"/>
        <source>March</source>
        <translation>maaliskuu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="26"/>
        <source>April</source>
        <translation>huhtikuu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="27"/>
        <source>May</source>
        <translation>toukokuu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="28"/>
        <source>June</source>
        <translation>kesäkuu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="29"/>
        <source>July</source>
        <translation>heinäkuu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="30"/>
        <source>August</source>
        <translation>elokuu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="31"/>
        <source>September</source>
        <translation>syyskuu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="32"/>
        <source>October</source>
        <translation>lokakuu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="33"/>
        <source>November</source>
        <translation>marraskuu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="34"/>
        <source>December</source>
        <translation>joulukuu</translation>
    </message>
</context>
<context>
    <name>MonthsFrom</name>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="59"/>
        <source>from January {year}</source>
        <translation>tammikuusta {year} alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="60"/>
        <source>from February {year}</source>
        <translation>helmikuusta {year} alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="61"/>
        <source>from March {year}</source>
        <translation>maaliskuusta {year} alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="62"/>
        <source>from April {year}</source>
        <translation>huhtikuusta {year} alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="63"/>
        <source>from May {year}</source>
        <translation>toukokuusta {year} alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="64"/>
        <source>from June {year}</source>
        <translation>kesäkuusta {year} alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="65"/>
        <source>from July {year}</source>
        <translation>heinäkuusta {year} alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="66"/>
        <source>from August {year}</source>
        <translation>elokuusta {year} alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="67"/>
        <source>from September {year}</source>
        <translation>syyskuusta {year} alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="68"/>
        <source>from October {year}</source>
        <translation>lokakuusta {year} alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="69"/>
        <source>from November {year}</source>
        <translation>marraskuusta {year} alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="70"/>
        <source>from December {year}</source>
        <translation>joulukuusta {year} alkaen</translation>
    </message>
</context>
<context>
    <name>MonthsShort</name>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="42"/>
        <source>Jan</source>
        <translation>tammi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="43"/>
        <source>Feb</source>
        <translation>helmi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="44"/>
        <source>Mar</source>
        <translation>maalis</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="45"/>
        <source>Apr</source>
        <translation>huhti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="46"/>
        <source>May</source>
        <translation>touko</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="47"/>
        <source>Jun</source>
        <translation>kesä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="48"/>
        <source>Jul</source>
        <translation>heinä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="49"/>
        <source>Aug</source>
        <translation>elo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="50"/>
        <source>Sep</source>
        <translation>syys</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="51"/>
        <source>Oct</source>
        <translation>loka</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="52"/>
        <source>Nov</source>
        <translation>marras</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="53"/>
        <source>Dec</source>
        <translation>joulu</translation>
    </message>
</context>
<context>
    <name>OutputActions</name>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="46"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Tulostuksen esikatselu…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="49"/>
        <source>Preview the printed summary of the scenarios you choose</source>
        <translation>Esikatsele valitsemiesi skenaarioiden tulostettava yhteenveto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="52"/>
        <source>&amp;Print…</source>
        <translation>T&amp;ulosta…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="55"/>
        <source>Print the summary of the scenarios you choose</source>
        <translation>Tulosta valitsemiesi skenaarioiden yhteenveto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="58"/>
        <location filename="../../planner/ui/workbook_files.py" line="480"/>
        <source>Export P&amp;DF…</source>
        <translation>Vie P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="61"/>
        <source>Save the printed summary as a PDF file</source>
        <translation>Tallenna tulostettava yhteenveto PDF-tiedostoksi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="64"/>
        <location filename="../../planner/ui/workbook_files.py" line="466"/>
        <source>Export &amp;Results…</source>
        <translation>Vie t&amp;ulokset…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="67"/>
        <source>Save levers, savings, service volumes, budget and warnings to .xlsx or .csv</source>
        <translation>Tallenna toimenpiteet, säästöt, palveluvolyymit, talousarvio ja varoitukset .xlsx- tai .csv-tiedostoon</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="116"/>
        <source>Print preview</source>
        <translation>Tulostuksen esikatselu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="121"/>
        <source>Print preview: {title}</source>
        <translation>Tulostuksen esikatselu: {title}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="129"/>
        <source>Print</source>
        <translation>Tulosta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="139"/>
        <source>The summary was not printed</source>
        <translation>Yhteenvetoa ei tulostettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="142"/>
        <source>Export PDF</source>
        <translation>Vie PDF</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="146"/>
        <source>Export the summary as PDF</source>
        <translation>Vie yhteenveto PDF-tiedostona</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="148"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="150"/>
        <source>summary</source>
        <translation>yhteenveto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="160"/>
        <source>The PDF was not saved</source>
        <translation>PDF-tiedostoa ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="164"/>
        <source>Saved the summary ({count} pages) to {path}</source>
        <translation>Yhteenveto ({count} sivua) tallennettu: {path}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="175"/>
        <location filename="../../planner/ui/output_actions.py" line="184"/>
        <source>Export results</source>
        <translation>Vie tulokset</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="176"/>
        <source>Scenarios to export, in this order (each gets its columns in every sheet):</source>
        <translation>Vietävät skenaariot tässä järjestyksessä (kukin saa omat sarakkeensa joka taulukossa):</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="186"/>
        <source>Excel workbook (*.xlsx);;CSV, one long table (*.csv)</source>
        <translation>Excel-työkirja (*.xlsx);;CSV, yksi pitkä taulukko (*.csv)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="188"/>
        <location filename="../../planner/ui/output_actions.py" line="252"/>
        <source>results</source>
        <translation>tulokset</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="197"/>
        <source>The results were not exported</source>
        <translation>Tuloksia ei viety</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="201"/>
        <source>Exported {count} scenario(s) to {path}</source>
        <translation>{count} skenaariota viety: {path}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/output_actions.py" line="246"/>
        <source>Planner scenarios</source>
        <translation>Suunnittelijan skenaariot</translation>
    </message>
</context>
<context>
    <name>Override</name>
    <message>
        <location filename="../../planner/present/figures.py" line="196"/>
        <source>assumes {value}, because {reason}</source>
        <translation>olettaa {value}, koska {reason}</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="198"/>
        <source>assumes {value} instead of {was}, because {reason}</source>
        <translation>olettaa {value} arvon {was} sijaan, koska {reason}</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <location filename="../../planner/ui/problems_dialog.py" line="24"/>
        <source>1 problem found:</source>
        <translation>Löytyi 1 ongelma:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/problems_dialog.py" line="26"/>
        <source>{count} problems found:</source>
        <translation>Löytyi {count} ongelmaa:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/problems_dialog.py" line="31"/>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/problems_dialog.py" line="37"/>
        <source>&amp;Copy All</source>
        <translation>&amp;Kopioi kaikki</translation>
    </message>
</context>
<context>
    <name>Provenance</name>
    <message>
        <location filename="../../planner/present/provenance.py" line="22"/>
        <source>read</source>
        <translation>luettu</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="23"/>
        <source>derived</source>
        <translation>johdettu</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="100"/>
        <location filename="../../planner/report/content.py" line="382"/>
        <source>not in this baseline</source>
        <translation>ei tässä lähtötasossa</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="103"/>
        <source>{count} values: {yes} yes, {no} no</source>
        <translation>{count} arvoa: {yes} kyllä, {no} ei</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="110"/>
        <source>{count} values: {texts}</source>
        <translation>{count} arvoa: {texts}</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="117"/>
        <source>{count} values, all {value}</source>
        <translation>{count} arvoa, kaikki {value}</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="120"/>
        <source>{count} values, {low} to {high}</source>
        <translation>{count} arvoa, {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="135"/>
        <source>assumption, range {low}–{high}</source>
        <translation>oletus, vaihteluväli {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="139"/>
        <source>assumption ×{count}, all with ranges</source>
        <translation>oletus ×{count}, kaikilla vaihteluväli</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="143"/>
        <source>assumption ×{count}, {without} without range</source>
        <translation>oletus ×{count}, {without} ilman vaihteluväliä</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="153"/>
        <source>no provenance for {count}</source>
        <translation>ei lähdetietoa {count} luvulle</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="155"/>
        <location filename="../../planner/report/content.py" line="386"/>
        <source>no provenance recorded</source>
        <translation>lähdetietoa ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="171"/>
        <location filename="../../planner/report/content.py" line="391"/>
        <source>none (an estimate)</source>
        <translation>ei mitään (arvio)</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="172"/>
        <location filename="../../planner/report/content.py" line="389"/>
        <source>none given</source>
        <translation>ei annettu</translation>
    </message>
    <message>
        <location filename="../../planner/present/provenance.py" line="176"/>
        <source>{hosts} and {count} more</source>
        <translation>{hosts} ja {count} muuta</translation>
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
        <translation>Nykyinen suunnitelma</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="120"/>
        <source>Proposed plan</source>
        <translation>Ehdotettu suunnitelma</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="121"/>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="168"/>
        <source>Levers</source>
        <translation>Toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="173"/>
        <source>Savings by year</source>
        <translation>Säästöt vuosittain</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="178"/>
        <source>{year} (target {target})</source>
        <translation>{year} (tavoite {target})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="189"/>
        <source>Services that change in {year} (share of demand met)</source>
        <translation>Vuonna {year} muuttuvat palvelut (täytetty osuus tarpeesta)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="207"/>
        <source>{volume} {unit}s bought</source>
        <translation>{volume} {unit} ostettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="220"/>
        <source>No service line changes</source>
        <translation>Mikään palvelu ei muutu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="232"/>
        <source>{lever} is at its upper limit ({value})</source>
        <translation>{lever} on ylärajallaan ({value})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="234"/>
        <source>{lever} is at its lower limit ({value})</source>
        <translation>{lever} on alarajallaan ({value})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="239"/>
        <source>{line} is at its floor</source>
        <translation>{line} on alarajallaan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="245"/>
        <source>one-off costs in {year} are at the ceiling</source>
        <translation>vuoden {year} kertaluonteiset kustannukset ovat katossa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="251"/>
        <source>the target of {year} is just met</source>
        <translation>vuoden {year} tavoite täyttyy juuri</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="262"/>
        <source>Reach the target</source>
        <translation>Saavuta tavoite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="273"/>
        <source>Levers that may move, and their limits</source>
        <translation>Muutettavat toimenpiteet ja niiden rajat</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="276"/>
        <source>&lt;b&gt;Lever&lt;/b&gt;</source>
        <translation>&lt;b&gt;Toimenpide&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="277"/>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Nyt&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="278"/>
        <source>&lt;b&gt;At least&lt;/b&gt;</source>
        <translation>&lt;b&gt;Vähintään&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="279"/>
        <source>&lt;b&gt;At most&lt;/b&gt;</source>
        <translation>&lt;b&gt;Enintään&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="288"/>
        <source>Let the search move {lever}; unticked, it stays at its current value</source>
        <translation>Anna haun muuttaa toimenpidettä {lever}; valitsematta se pysyy nykyisessä arvossaan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="296"/>
        <source>{lever}, at least</source>
        <translation>{lever}, vähintään</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="297"/>
        <source>{lever}, at most</source>
        <translation>{lever}, enintään</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="301"/>
        <source>A policy limit inside the lever&apos;s range {low}–{high}</source>
        <translation>Poliittinen raja toimenpiteen vaihteluvälin {low}–{high} sisällä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="323"/>
        <source>Reach</source>
        <translation>Saavuta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="326"/>
        <source>the target of the plan year, {year} ({target})</source>
        <translation>suunnitteluvuoden tavoite, {year} ({target})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="332"/>
        <source>the target path in every year, {first}–{last}</source>
        <translation>tavoitepolku joka vuosi, {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="338"/>
        <source>The targets by year (Plan settings &gt; Targets by year…)</source>
        <translation>Tavoitteet vuosittain (Suunnitelman asetukset &gt; Tavoitteet vuosittain…)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="346"/>
        <source>One-off costs at most</source>
        <translation>Kertaluonteiset kustannukset enintään</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="357"/>
        <source>Ceiling on one-off costs in euros</source>
        <translation>Kertaluonteisten kustannusten katto euroina</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="362"/>
        <source>in any one year</source>
        <translation>yhtenä vuotena</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="368"/>
        <source>Always: no service line below its floor (statutory demand beyond own capacity is bought). Of the plans that reach the target, the one that loses the least service (demand not delivered, at unit cost), then the one that changes the current plan least. Start dates stay as they are.</source>
        <translation>Aina: mikään palvelu ei alita alarajaansa (lakisääteinen tarve oman kapasiteetin yli ostetaan). Tavoitteen saavuttavista suunnitelmista valitaan se, joka menettää vähiten palvelua (toteutumaton tarve yksikkökustannuksin), sitten se, joka muuttaa nykyistä suunnitelmaa vähiten. Aloituspäivät pysyvät ennallaan.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="381"/>
        <source>&amp;Find a plan</source>
        <translation>&amp;Etsi suunnitelma</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="383"/>
        <source>&amp;Cancel search</source>
        <translation>&amp;Keskeytä haku</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="405"/>
        <source>The proposed plan beside the current one</source>
        <translation>Ehdotettu suunnitelma nykyisen rinnalla</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="416"/>
        <source>&amp;Apply</source>
        <translation>&amp;Ota käyttöön</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="418"/>
        <source>Set the levers to the proposed plan (one undo step)</source>
        <translation>Aseta toimenpiteet ehdotetun suunnitelman mukaisiksi (yksi kumottava vaihe)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="420"/>
        <source>&amp;Save as new scenario</source>
        <translation>&amp;Tallenna uutena skenaariona</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="422"/>
        <source>Add the proposed plan as a new scenario after the current one</source>
        <translation>Lisää ehdotettu suunnitelma uutena skenaariona nykyisen jälkeen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="426"/>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="469"/>
        <source>Cannot search: tick at least one lever that may move.</source>
        <translation>Haku ei ole mahdollinen: valitse vähintään yksi toimenpide, jota haku saa muuttaa.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="477"/>
        <source>Cannot search: {reason}</source>
        <translation>Haku ei ole mahdollinen: {reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="489"/>
        <source>Searching…</source>
        <translation>Haetaan…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="498"/>
        <source>Cancelling…</source>
        <translation>Keskeytetään…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="503"/>
        <source>Searching… {count} steps so far</source>
        <translation>Haetaan… {count} vaihetta tähän mennessä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="519"/>
        <source>Search cancelled; nothing changed.</source>
        <translation>Haku keskeytetty; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="523"/>
        <source>The search failed: {reason}</source>
        <translation>Haku epäonnistui: {reason}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="528"/>
        <source>The plan changed during the search; find again.</source>
        <translation>Suunnitelma muuttui haun aikana; hae uudelleen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="542"/>
        <source>Found: this plan reaches the target {when}. Service lost beyond the no-change trend: {lost}.</source>
        <translation>Löytyi: tämä suunnitelma saavuttaa tavoitteen {when}. Menetetty palvelu muutoksettomaan kehitykseen nähden: {lost}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="569"/>
        <source>The current plan already reaches the target {when} within these limits; the search proposes no change.</source>
        <translation>Nykyinen suunnitelma saavuttaa jo tavoitteen {when} näissä rajoissa; haku ei ehdota muutosta.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="665"/>
        <source>in {year}</source>
        <translation>vuonna {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="666"/>
        <source>in {first}–{last}</source>
        <translation>vuosina {first}–{last}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="550"/>
        <source>What holds it: {list}.</source>
        <translation>Mikä sitä rajoittaa: {list}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="555"/>
        <source>{year}: {gap}</source>
        <translation>{year}: {gap}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="559"/>
        <source>Not reachable within these limits. The closest plan is shown: {shorts}.</source>
        <translation>Ei saavutettavissa näissä rajoissa. Näytetään lähin suunnitelma: {shorts}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="564"/>
        <source>What binds: {list}.</source>
        <translation>Mikä rajoittaa: {list}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="575"/>
        <source>Done.</source>
        <translation>Valmis.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="590"/>
        <source>The plan changed since the search; find again.</source>
        <translation>Suunnitelma on muuttunut haun jälkeen; hae uudelleen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="605"/>
        <source>Applied (Edit &gt; Undo takes it back).</source>
        <translation>Otettu käyttöön (Muokkaa &gt; Kumoa perii sen takaisin).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="613"/>
        <source>{name} – target reached</source>
        <translation>{name} – tavoite saavutettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="615"/>
        <source>{name} – closest plan</source>
        <translation>{name} – lähin suunnitelma</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="622"/>
        <source>Found by Reach the target. {summary}</source>
        <translation>Löydetty toiminnolla Saavuta tavoite. {summary}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="634"/>
        <source>Saved as the scenario “{name}”.</source>
        <translation>Tallennettu skenaarioksi ”{name}”.</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../../planner/ui/recent_files.py" line="28"/>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeisimmät</translation>
    </message>
    <message>
        <location filename="../../planner/ui/recent_files.py" line="52"/>
        <source>Removed from Open Recent (no longer there): {names}</source>
        <translation>Poistettu viimeisimmistä (ei enää paikallaan): {names}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/recent_files.py" line="65"/>
        <source>No recent workbooks</source>
        <translation>Ei viimeisimpiä työkirjoja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/recent_files.py" line="67"/>
        <source>&amp;Clear Recent Workbooks</source>
        <translation>&amp;Tyhjennä viimeisimmät työkirjat</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="40"/>
        <source>an untitled workbook</source>
        <translation>nimetön työkirja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="44"/>
        <source>1 scenario</source>
        <translation>1 skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="46"/>
        <source>{count} scenarios</source>
        <translation>{count} skenaariota</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="50"/>
        <source>Restore unsaved work?</source>
        <translation>Palautetaanko tallentamaton työ?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="52"/>
        <source>The planner did not close normally. Unsaved work from {when} was kept:
{origin} ({scenarios}: {names}).</source>
        <translation>Ohjelma ei sulkeutunut normaalisti. Tallentamaton työ ajalta {when} säilytettiin:
{origin} ({scenarios}: {names}).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="58"/>
        <source>Restore opens it as unsaved work to look at and save. Discard deletes it. Later keeps it for the next start.</source>
        <translation>Palauta avaa sen tallentamattomana työnä tarkasteltavaksi ja tallennettavaksi. Hylkää poistaa sen. Myöhemmin säilyttää sen seuraavaan käynnistykseen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="64"/>
        <source>(1 more recovered workbook is kept for later.)</source>
        <translation>(1 muu palautettu työkirja säilytetään myöhempää varten.)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="67"/>
        <source>({count} more recovered workbooks are kept for later.)</source>
        <translation>({count} muuta palautettua työkirjaa säilytetään myöhempää varten.)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="71"/>
        <source>&amp;Restore</source>
        <translation>&amp;Palauta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="73"/>
        <source>&amp;Discard</source>
        <translation>&amp;Hylkää</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="75"/>
        <source>&amp;Later</source>
        <translation>&amp;Myöhemmin</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="126"/>
        <source>Unsaved work is kept for recovery again</source>
        <translation>Tallentamaton työ säilytetään taas palautusta varten</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="131"/>
        <source>Unsaved work cannot be kept for recovery in {folder}: {why}. Save your work (File &gt; Save As) to keep it.</source>
        <translation>Tallentamatonta työtä ei voi säilyttää palautusta varten kansiossa {folder}: {why}. Tallenna työsi (Tiedosto &gt; Tallenna nimellä), jotta se säilyy.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/crash_recovery.py" line="136"/>
        <source>⚠ Unsaved work is not kept for recovery</source>
        <translation>⚠ Tallentamatonta työtä ei säilytetä palautusta varten</translation>
    </message>
</context>
<context>
    <name>Result</name>
    <message>
        <location filename="../../planner/present/result.py" line="19"/>
        <location filename="../../planner/present/result.py" line="29"/>
        <source>{amount} short</source>
        <translation>puuttuu {amount}</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="21"/>
        <location filename="../../planner/present/result.py" line="30"/>
        <source>{amount} over</source>
        <translation>ylittyy {amount}</translation>
    </message>
    <message>
        <location filename="../../planner/present/result.py" line="22"/>
        <source>on target</source>
        <translation>tavoitteessa</translation>
    </message>
</context>
<context>
    <name>Risk</name>
    <message>
        <location filename="../../planner/report/risk.py" line="45"/>
        <source>Risk: {name}</source>
        <translation>Riski: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="47"/>
        <source>How likely is the target?</source>
        <translation>Kuinka todennäköinen tavoite on?</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="49"/>
        <source>The baseline&apos;s planning estimates were drawn {draws} times, each between its low and its high with its value the most likely (a triangular distribution), independently of one another; random seed {seed}, so the same summary prints the same figures. Levers and the figures the scenario sets itself are held.</source>
        <translation>Lähtötason suunnitteluarviot arvottiin {draws} kertaa, kukin alimman ja ylimmän arvonsa väliltä arvonsa ollessa todennäköisin (kolmiojakauma), toisistaan riippumatta; satunnaisluvun siemen {seed}, joten sama yhteenveto tulostaa samat luvut. Toimenpiteet ja skenaarion itse asettamat luvut pidetään ennallaan.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="60"/>
        <source>Probability of reaching the target, by year</source>
        <translation>Tavoitteen saavuttamisen todennäköisyys vuosittain</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="68"/>
        <source>{year} plan year</source>
        <translation>{year} suunnitteluvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="80"/>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="81"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="82"/>
        <source>Savings, 10th percentile</source>
        <translation>Säästöt, 10. persentiili</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="83"/>
        <source>Median savings</source>
        <translation>Säästöjen mediaani</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="84"/>
        <source>Savings, 90th percentile</source>
        <translation>Säästöt, 90. persentiili</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="85"/>
        <source>Probability of reaching the target</source>
        <translation>Tavoitteen saavuttamisen todennäköisyys</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="93"/>
        <source>In eight draws of ten the savings of a year lie within the gray band; the line is the middle draw.</source>
        <translation>Kahdeksassa arvonnassa kymmenestä vuoden säästöt ovat harmaalla vyöhykkeellä; viiva on keskimmäinen arvonta.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="107"/>
        <source>These figures are held at the scenario&apos;s values in every draw and left out of the bars above.</source>
        <translation>Nämä luvut pidetään jokaisessa arvonnassa skenaarion arvoissa, eikä niitä ole yllä olevissa palkeissa.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="119"/>
        <source>This scenario changes none of the baseline&apos;s assumptions.</source>
        <translation>Tämä skenaario ei muuta yhtään lähtötason oletusta.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="131"/>
        <source>What matters most for the savings in {year}</source>
        <translation>Mikä vaikuttaa eniten vuoden {year} säästöihin</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="138"/>
        <source>The {count} estimates (and levers) that move the plan-year savings most: each at its low and at its high with every other figure at its value; a lever 10 points down and up. Bars show the change in the plan-year savings.</source>
        <translation>{count} arviota (ja toimenpidettä), jotka muuttavat suunnitteluvuoden säästöjä eniten: kukin alimmassa ja ylimmässä arvossaan muiden lukujen pysyessä arvossaan; toimenpide 10 prosenttiyksikköä alas ja ylös. Palkit näyttävät suunnitteluvuoden säästöjen muutoksen.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="151"/>
        <source>at its low</source>
        <translation>alimmillaan</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="152"/>
        <source>at its high</source>
        <translation>ylimmillään</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="161"/>
        <source>No estimate and no lever moves the plan-year savings of this scenario.</source>
        <translation>Mikään arvio tai toimenpide ei muuta tämän skenaarion suunnitteluvuoden säästöjä.</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="187"/>
        <source>Lever: {name}</source>
        <translation>Toimenpide: {name}</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="188"/>
        <source>{low} to {high} %, as the scenario could set it</source>
        <translation>{low}–{high} %, kuten skenaario voisi sen asettaa</translation>
    </message>
    <message>
        <location filename="../../planner/report/risk.py" line="196"/>
        <source>{low} to {high} (value {value}); source: {source}</source>
        <translation>{low}–{high} (arvo {value}); lähde: {source}</translation>
    </message>
</context>
<context>
    <name>ScenarioList</name>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="58"/>
        <source>Last changed {when} by {user}</source>
        <translation>Muutettu viimeksi {when}, muuttaja {user}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="60"/>
        <source>Last changed by {user}</source>
        <translation>Muutettu viimeksi, muuttaja {user}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="62"/>
        <source>Last changed {when}</source>
        <translation>Muutettu viimeksi {when}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="155"/>
        <location filename="../../planner/ui/scenario_list.py" line="380"/>
        <source>Scenarios</source>
        <translation>Skenaariot</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="166"/>
        <source>Scenarios in this &amp;workbook:</source>
        <translation>Skenaariot tässä &amp;työkirjassa:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="179"/>
        <source>&amp;New Scenario</source>
        <translation>&amp;Uusi skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="182"/>
        <source>Add a scenario at no change (with this plan year and target)</source>
        <translation>Lisää skenaario ilman muutoksia (tällä suunnitteluvuodella ja tavoitteella)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="187"/>
        <source>&amp;Duplicate Scenario</source>
        <translation>&amp;Kopioi skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="190"/>
        <source>Add a copy of the current scenario to change</source>
        <translation>Lisää kopio nykyisestä skenaariosta muutettavaksi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="193"/>
        <source>&amp;Rename Scenario…</source>
        <translation>&amp;Nimeä skenaario uudelleen…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="196"/>
        <source>Rename the scenario</source>
        <translation>Nimeä skenaario uudelleen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="201"/>
        <source>De&amp;lete Scenario…</source>
        <translation>&amp;Poista skenaario…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="204"/>
        <source>Delete the current scenario</source>
        <translation>Poista nykyinen skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="216"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="217"/>
        <source>Duplicate</source>
        <translation>Kopioi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="218"/>
        <source>Rename</source>
        <translation>Nimeä uudelleen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="219"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="233"/>
        <source>Scenario description</source>
        <translation>Skenaarion kuvaus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="235"/>
        <source>Notes on this scenario: what it assumes, who asked for it, what to check.</source>
        <translation>Huomioita tästä skenaariosta: mitä se olettaa, kuka sitä pyysi, mitä tarkistaa.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="241"/>
        <source>Descri&amp;ption:</source>
        <translation>K&amp;uvaus:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="286"/>
        <source>Delete scenario</source>
        <translation>Poista skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="287"/>
        <source>Delete the scenario “{name}”?

Edit &gt; Undo (Ctrl+Z) brings it back.</source>
        <translation>Poistetaanko skenaario ”{name}”?

Muokkaa &gt; Kumoa (Ctrl+Z) palauttaa sen.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_list.py" line="311"/>
        <source>The scenario was not renamed</source>
        <translation>Skenaarion nimeä ei muutettu</translation>
    </message>
</context>
<context>
    <name>ScenarioName</name>
    <message>
        <location filename="../../planner/ui/state.py" line="24"/>
        <source>No change</source>
        <translation>Ei muutoksia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="267"/>
        <source>New scenario</source>
        <translation>Uusi skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="284"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopio)</translation>
    </message>
</context>
<context>
    <name>ScenarioPicker</name>
    <message>
        <location filename="../../planner/ui/scenario_picker.py" line="23"/>
        <source>{action}: choose scenarios</source>
        <translation>{action}: valitse skenaariot</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_picker.py" line="26"/>
        <source>Scenarios to include</source>
        <translation>Mukaan otettavat skenaariot</translation>
    </message>
    <message>
        <location filename="../../planner/ui/scenario_picker.py" line="34"/>
        <source>Scenarios to include, in this order (several get a comparison page first):</source>
        <translation>Mukaan otettavat skenaariot tässä järjestyksessä (useammalle tulee ensin vertailusivu):</translation>
    </message>
</context>
<context>
    <name>ServiceChart</name>
    <message>
        <location filename="../../planner/ui/charts.py" line="330"/>
        <source>Service volumes against demand</source>
        <translation>Palveluvolyymit suhteessa tarpeeseen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="332"/>
        <source>&lt;b&gt;Service volumes&lt;/b&gt; as a share of plan-year demand (- - 100 %): {capacity} capacity, {met} delivered in full, {short} &lt;b&gt;▼&lt;/b&gt; short of demand (hatched), &lt;b&gt;|&lt;/b&gt; the line&apos;s floor</source>
        <translation>&lt;b&gt;Palveluvolyymit&lt;/b&gt; osuutena suunnitteluvuoden tarpeesta (- - 100 %): {capacity} kapasiteetti, {met} täytetty kokonaan, {short} &lt;b&gt;▼&lt;/b&gt; vajetta tarpeeseen (viivoitettu), &lt;b&gt;|&lt;/b&gt; palvelun alaraja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/charts.py" line="350"/>
        <source>% of demand</source>
        <translation>% tarpeesta</translation>
    </message>
</context>
<context>
    <name>ServiceUnit</name>
    <message>
        <location filename="../../planner/present/model_texts.py" line="54"/>
        <source>contact</source>
        <translation>yhteydenottoa</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="55"/>
        <source>visit</source>
        <translation>käyntiä</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="56"/>
        <source>care day</source>
        <translation>hoitopäivää</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="57"/>
        <source>appointment</source>
        <translation>vastaanottokäyntiä</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="58"/>
        <source>client</source>
        <translation>asiakasta</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="59"/>
        <source>response</source>
        <translation>tehtävää</translation>
    </message>
    <message>
        <location filename="../../planner/present/model_texts.py" line="60"/>
        <source>mission</source>
        <translation>tehtävää</translation>
    </message>
</context>
<context>
    <name>Start</name>
    <message>
        <location filename="../../planner/ui/app.py" line="55"/>
        <source>Planner cannot start</source>
        <translation>Suunnittelija ei käynnisty</translation>
    </message>
    <message>
        <location filename="../../planner/ui/app.py" line="63"/>
        <source>The file was not opened</source>
        <translation>Tiedostoa ei avattu</translation>
    </message>
</context>
<context>
    <name>State</name>
    <message>
        <location filename="../../planner/ui/state.py" line="238"/>
        <source>A scenario name has at most {count} characters.</source>
        <translation>Skenaarion nimessä on enintään {count} merkkiä.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/state.py" line="245"/>
        <source>Another scenario is already called “{name}”; names must differ.</source>
        <translation>Toinen skenaario on jo nimeltään ”{name}”; nimien on oltava eri.</translation>
    </message>
</context>
<context>
    <name>Summary</name>
    <message>
        <location filename="../../planner/report/content.py" line="39"/>
        <source>▼ below floor</source>
        <translation>▼ alle alarajan</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="44"/>
        <source>not recorded (summary generated {date})</source>
        <translation>ei kirjattu (yhteenveto laadittu {date})</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="65"/>
        <source>Scenario summary</source>
        <translation>Skenaarion yhteenveto</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="72"/>
        <source>Author</source>
        <translation>Laatija</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="73"/>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="75"/>
        <source>Last changed</source>
        <translation>Muutettu viimeksi</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="77"/>
        <source>Plan year</source>
        <translation>Suunnitteluvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="78"/>
        <source>{year}; savings target {target}</source>
        <translation>{year}; säästötavoite {target}</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="82"/>
        <location filename="../../planner/report/content.py" line="558"/>
        <source>Baseline</source>
        <translation>Lähtötaso</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="84"/>
        <source>Workbook</source>
        <translation>Työkirja</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="86"/>
        <source>not saved to a file</source>
        <translation>ei tallennettu tiedostoon</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="111"/>
        <source>Target reached, {gap}.</source>
        <translation>Tavoite saavutettu, {gap}.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="113"/>
        <source>Target not reached, {gap}.</source>
        <translation>Tavoitetta ei saavutettu, {gap}.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="114"/>
        <source>In-year effect of the levers, before one-off costs: {recurring}. One-off costs in the plan year: {one_off} (included in the plan-year savings).</source>
        <translation>Toimenpiteiden vuosivaikutus ennen kertaluonteisia kustannuksia: {recurring}. Kertaluonteiset kustannukset suunnitteluvuonna: {one_off} (sisältyvät suunnitteluvuoden säästöihin).</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="123"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="127"/>
        <source>Savings in plan year {year}</source>
        <translation>Säästöt suunnitteluvuonna {year}</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="130"/>
        <source>Savings target</source>
        <translation>Säästötavoite</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="131"/>
        <location filename="../../planner/report/content.py" line="204"/>
        <source>Gap to the target</source>
        <translation>Ero tavoitteeseen</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="132"/>
        <source>Share of the target reached</source>
        <translation>Tavoitteesta saavutettu</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="166"/>
        <source>Year by year</source>
        <translation>Vuosittain</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="168"/>
        <source>Savings in each year against the no-change trend, in M€; savings are after one-off costs, which fall in the year a measure starts.</source>
        <translation>Säästöt kunakin vuonna verrattuna muutoksettomaan kehitykseen, M€; säästöt ovat kertaluonteisten kustannusten jälkeen, jotka kohdistuvat toimenpiteen alkamisvuoteen.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="182"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="184"/>
        <source>Savings</source>
        <translation>Säästöt</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="189"/>
        <source>of which cost savings</source>
        <translation>josta kustannussäästöt</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="194"/>
        <source>of which extra income</source>
        <translation>josta lisätulot</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="199"/>
        <source>One-off costs (included)</source>
        <translation>Kertaluonteiset kustannukset (sisältyvät)</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="212"/>
        <source>{year} plan year</source>
        <translation>{year} suunnitteluvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="267"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="284"/>
        <source>No lever is changed, so there is no bridge of savings to draw.</source>
        <translation>Yhtään toimenpidettä ei ole muutettu, joten säästösiltaa ei piirretä.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="291"/>
        <source>Savings by lever in plan year {year}</source>
        <translation>Säästöt toimenpiteittäin suunnitteluvuonna {year}</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="299"/>
        <source>Lever</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="300"/>
        <source>Setting</source>
        <translation>Asetus</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="301"/>
        <source>Start</source>
        <translation>Alkaa</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="302"/>
        <source>Plan-year saving</source>
        <translation>Säästö suunnitteluvuonna</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="303"/>
        <source>Share of target</source>
        <translation>Osuus tavoitteesta</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="304"/>
        <source>In-year effect</source>
        <translation>Vuosivaikutus</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="305"/>
        <source>One-off cost</source>
        <translation>Kertakustannus</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="317"/>
        <source>Levers changed from no change</source>
        <translation>Muutetut toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="322"/>
        <source>Every lever is at its no-change value; no baseline figure is acted on.</source>
        <translation>Jokainen toimenpide on ennallaan; mihinkään lähtötason lukuun ei vaikuteta.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="329"/>
        <source>Each lever with the figures of the baseline it works on: their values, whether they are read from a published source, derived from read figures or a planning estimate (with a low–high range), and where the sources are published.</source>
        <translation>Kukin toimenpide ja lähtötason luvut, joihin se vaikuttaa: niiden arvot, onko ne luettu julkaistusta lähteestä, johdettu luetuista luvuista vai suunnitteluarvioita (vaihteluväleineen), ja missä lähteet on julkaistu.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="364"/>
        <source>Figure and value</source>
        <translation>Luku ja arvo</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="365"/>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="366"/>
        <source>Published by</source>
        <translation>Julkaisija</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="387"/>
        <source>as recorded in the baseline</source>
        <translation>kuten lähtötasoon on kirjattu</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="392"/>
        <source>planning estimate</source>
        <translation>suunnitteluarvio</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="407"/>
        <source>Assumptions this scenario changes</source>
        <translation>Tämän skenaarion muuttamat oletukset</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="422"/>
        <source>Figure</source>
        <translation>Luku</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="423"/>
        <source>This scenario</source>
        <translation>Tämä skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="454"/>
        <source>1 line below floor, marked {mark} and bold: the line meets less of its demand than its floor.</source>
        <translation>1 palvelu alle alarajan, merkitty {mark} ja lihavoitu: palvelu täyttää tarpeestaan vähemmän kuin alarajansa.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="460"/>
        <source>{count} lines below floor, marked {mark} and bold: each meets less of its demand than its floor.</source>
        <translation>{count} palvelua alle alarajan, merkitty {mark} ja lihavoitu: kukin täyttää tarpeestaan vähemmän kuin alarajansa.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="467"/>
        <source>Every line meets at least its floor of demand.</source>
        <translation>Jokainen palvelu täyttää vähintään alarajansa mukaisen osuuden tarpeesta.</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="470"/>
        <source>Service volumes in plan year {year}</source>
        <translation>Palveluvolyymit suunnitteluvuonna {year}</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="478"/>
        <source>Service line</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="479"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="480"/>
        <source>{year} volume</source>
        <translation>Volyymi {year}</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="481"/>
        <source>Demand</source>
        <translation>Tarve</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="482"/>
        <source>Delivered</source>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="483"/>
        <source>Shortfall</source>
        <translation>Vaje</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="484"/>
        <source>Share met</source>
        <translation>Täytetty osuus</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="485"/>
        <source>Floor</source>
        <translation>Alaraja</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="503"/>
        <source>Expenses in all</source>
        <translation>Menot yhteensä</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="504"/>
        <source>Income in all</source>
        <translation>Tulot yhteensä</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="541"/>
        <source>Net cost (expenses − income)</source>
        <translation>Nettomenot (menot − tulot)</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="553"/>
        <source>Budget by category</source>
        <translation>Talousarvio kululajeittain</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="556"/>
        <source>Category</source>
        <translation>Kululaji</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="557"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="559"/>
        <source>No change</source>
        <translation>Ei muutoksia</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="560"/>
        <source>Scenario</source>
        <translation>Skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="561"/>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="573"/>
        <source>Warnings ({count})</source>
        <translation>Varoitukset ({count})</translation>
    </message>
    <message>
        <location filename="../../planner/report/content.py" line="577"/>
        <source>No warnings from the model.</source>
        <translation>Mallilla ei ole varoituksia.</translation>
    </message>
    <message>
        <location filename="../../planner/report/document.py" line="154"/>
        <source>Generated {time} by planner {version}</source>
        <translation>Laadittu {time}, planner {version}</translation>
    </message>
    <message>
        <location filename="../../planner/report/document.py" line="163"/>
        <source>Scenario summary: {names}</source>
        <translation>Skenaarion yhteenveto: {names}</translation>
    </message>
    <message>
        <location filename="../../planner/report/flow.py" line="207"/>
        <source>page {number} of {count}</source>
        <translation>sivu {number}/{count}</translation>
    </message>
</context>
<context>
    <name>Tables</name>
    <message>
        <location filename="../../planner/ui/tables.py" line="148"/>
        <source>Service line</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="149"/>
        <source>Demand</source>
        <translation>Tarve</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="150"/>
        <source>Delivered</source>
        <translation>Toteutunut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="151"/>
        <source>Bought</source>
        <translation>Ostettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="152"/>
        <source>Shortfall</source>
        <translation>Vaje</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="153"/>
        <location filename="../../planner/ui/years_view.py" line="232"/>
        <source>Demand met</source>
        <translation>Tarpeesta täytetty</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="154"/>
        <source>Capacity</source>
        <translation>Kapasiteetti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="155"/>
        <source>Floor</source>
        <translation>Alaraja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="156"/>
        <source>Unit</source>
        <translation>Yksikkö</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="157"/>
        <source>Baseline volume</source>
        <translation>Lähtötason volyymi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="203"/>
        <source>{name}: {volume} {unit}s bought from other providers at the substitute price (statutory demand beyond own capacity; no change: {trend})</source>
        <translation>{name}: {volume} {unit} ostettu muilta tuottajilta korvaavalla hinnalla (lakisääteinen tarve oman kapasiteetin yli; ei muutoksia: {trend})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="213"/>
        <source>{name}: demand {demand} {unit}s, capacity {capacity}, delivered {delivered} ({share} of demand; floor {floor})</source>
        <translation>{name}: tarve {demand} {unit}, kapasiteetti {capacity}, toteutunut {delivered} ({share} tarpeesta; alaraja {floor})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="227"/>
        <source>; {volume} bought from other providers</source>
        <translation>; {volume} ostettu muilta tuottajilta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="231"/>
        <source>; {volume} moved to the digital channel</source>
        <translation>; {volume} siirretty digitaaliseen kanavaan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="235"/>
        <source>. {mark} {volume} {unit}s short of demand</source>
        <translation>. {mark} vajetta {volume} {unit} tarpeeseen nähden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="247"/>
        <source>Category</source>
        <translation>Kululaji</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="248"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="249"/>
        <source>Baseline</source>
        <translation>Lähtötaso</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="250"/>
        <source>No change</source>
        <translation>Ei muutoksia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="251"/>
        <source>Scenario</source>
        <translation>Skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="252"/>
        <source>Change</source>
        <translation>Muutos</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="253"/>
        <source>Change %</source>
        <translation>Muutos %</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="257"/>
        <source>Net cost (expenses − income)</source>
        <translation>Nettomenot (menot − tulot)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="298"/>
        <source>Lever</source>
        <translation>Toimenpide</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="299"/>
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="300"/>
        <source>Plan year</source>
        <translation>Suunnitteluvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="301"/>
        <location filename="../../planner/ui/years_view.py" line="228"/>
        <source>In-year effect</source>
        <translation>Vuosivaikutus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="302"/>
        <location filename="../../planner/ui/years_view.py" line="229"/>
        <source>One-off costs</source>
        <translation>Kertaluonteiset kustannukset</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="303"/>
        <source>Share of target</source>
        <translation>Osuus tavoitteesta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="305"/>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="361"/>
        <source>Concerns</source>
        <translation>Koskee</translation>
    </message>
    <message>
        <location filename="../../planner/ui/tables.py" line="361"/>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="226"/>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="227"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="230"/>
        <source>Savings</source>
        <translation>Säästöt</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="231"/>
        <source>Against target</source>
        <translation>Suhteessa tavoitteeseen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="233"/>
        <source>Worst line</source>
        <translation>Heikoin palvelu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="234"/>
        <source>Below floor</source>
        <translation>Alle alarajan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="235"/>
        <location filename="../../planner/ui/years_view.py" line="252"/>
        <source>Lines buying more</source>
        <translation>Enemmän ostavat palvelut</translation>
    </message>
</context>
<context>
    <name>TargetPath</name>
    <message>
        <location filename="../../planner/ui/target_path.py" line="26"/>
        <source>Targets by year</source>
        <translation>Tavoitteet vuosittain</translation>
    </message>
    <message>
        <location filename="../../planner/ui/target_path.py" line="29"/>
        <source>The savings to reach in each year, in euros. A year left at the scenario&apos;s target ({target}) follows it when it changes.</source>
        <translation>Kunakin vuonna saavutettavat säästöt euroina. Skenaarion tavoitteeseen ({target}) jätetty vuosi seuraa sitä, kun se muuttuu.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/target_path.py" line="50"/>
        <source>Target for {year} in euros</source>
        <translation>Vuoden {year} tavoite euroina</translation>
    </message>
    <message>
        <location filename="../../planner/ui/target_path.py" line="53"/>
        <source>The savings to reach in {year} (arrow keys: ±€1,000,000)</source>
        <translation>Vuonna {year} saavutettavat säästöt (nuolinäppäimet: ±1 000 000 €)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/target_path.py" line="67"/>
        <source>&amp;Same in every year</source>
        <translation>&amp;Sama joka vuosi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/target_path.py" line="69"/>
        <source>Every year back to {target}</source>
        <translation>Kaikki vuodet takaisin arvoon {target}</translation>
    </message>
</context>
<context>
    <name>Timing</name>
    <message>
        <location filename="../../planner/present/figures.py" line="187"/>
        <source>from {start}, full effect after {months} months</source>
        <translation>alkaen {start}, täysi vaikutus {months} kuukauden jälkeen</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="190"/>
        <source>from {start}</source>
        <translation>alkaen {start}</translation>
    </message>
    <message>
        <location filename="../../planner/present/figures.py" line="231"/>
        <source>{start}, {months}-month ramp-up</source>
        <translation>{start}, {months} kuukauden käyttöönotto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="86"/>
        <source>no ramp-up</source>
        <translation>ei käyttöönottoaikaa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="88"/>
        <source>1-month ramp-up</source>
        <translation>1 kuukauden käyttöönotto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="89"/>
        <source>{months}-month ramp-up</source>
        <translation>{months} kuukauden käyttöönotto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="98"/>
        <source>{start}, {ramp}</source>
        <translation>{start}, {ramp}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="102"/>
        <source>{start}, leaving leases early</source>
        <translation>{start}, vuokrasopimuksista irtautuen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="103"/>
        <source>{start}, as leases end</source>
        <translation>{start}, vuokrasopimusten päättyessä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="115"/>
        <source>{month} {year}, {ramp}</source>
        <translation>{month} {year}, {ramp}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="118"/>
        <source>{year}-{month:02d}, ramp {months} mo</source>
        <translation>{month:02d}/{year}, käyttöönotto {months} kk</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="123"/>
        <source>{month} {year}, leave early</source>
        <translation>{month} {year}, irtautuen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="125"/>
        <source>{month} {year}, as leases end</source>
        <translation>{month} {year}, sopimusten päättyessä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="128"/>
        <source>{year}-{month:02d}, early</source>
        <translation>{month:02d}/{year}, irtautuen</translation>
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
        <translation>Milloin {lever} alkaa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="94"/>
        <source>Start year</source>
        <translation>Alkamisvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="96"/>
        <source>The year the measure takes effect. A start before {year} means it was already in force (its one-off cost fell before the years shown).</source>
        <translation>Vuosi, jona toimenpide tulee voimaan. Alku ennen vuotta {year} tarkoittaa, että se oli jo voimassa (sen kertakustannus kohdistui näytettyjä vuosia aiemmaksi).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="104"/>
        <source>Start month</source>
        <translation>Alkamiskuukausi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="106"/>
        <source>The first month in force: effects are counted by month, so a start in February gives 11/12 of a year&apos;s effect. One-off costs fall at the start.</source>
        <translation>Ensimmäinen voimassaolokuukausi: vaikutukset lasketaan kuukausittain, joten helmikuun alku antaa 11/12 vuoden vaikutuksesta. Kertaluonteiset kustannukset kohdistuvat alkuun.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="114"/>
        <source> months</source>
        <translation> kk</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="115"/>
        <source>Ramp-up in months</source>
        <translation>Käyttöönottoaika kuukausina</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="117"/>
        <source>Months from the start until the full effect: the effect rises evenly month by month (the start month is the first). 0: in full from the start.</source>
        <translation>Kuukaudet alusta täyteen vaikutukseen: vaikutus kasvaa tasaisesti kuukausittain (alkamiskuukausi on ensimmäinen). 0: täysimääräinen heti alusta.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="123"/>
        <source>&amp;Leave leases early</source>
        <translation>&amp;Irtaudu vuokrasopimuksista ennenaikaisesti</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="125"/>
        <source>Give up the space before its leases end, paying the rent still owed (less the share the landlord can let again) as a one-off cost at the start. Without it, space is given up as its leases end.</source>
        <translation>Luovu tiloista ennen vuokrasopimusten päättymistä maksamalla jäljellä oleva vuokra (vähennettynä osuudella, jonka vuokranantaja voi vuokrata uudelleen) kertakustannuksena alussa. Muuten tiloista luovutaan sopimusten päättyessä.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="136"/>
        <source>&amp;Starts</source>
        <translation>&amp;Alkaa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="140"/>
        <source>&amp;Ramp-up</source>
        <translation>&amp;Käyttöönotto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="157"/>
        <source>From the &amp;beginning</source>
        <translation>Alusta &amp;alkaen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="159"/>
        <source>From January {year}, no ramp-up</source>
        <translation>Tammikuusta {year} alkaen, ei käyttöönottoaikaa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="198"/>
        <source>In force {when}.</source>
        <translation>Voimassa {when}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="278"/>
        <source>{lever} is in force {when}. Click to change its start{ramp} (one undo step).</source>
        <translation>{lever} on voimassa {when}. Napsauta muuttaaksesi alkua{ramp} (yksi kumottava vaihe).</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="285"/>
        <source> and ramp-up</source>
        <translation> ja käyttöönottoa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="287"/>
        <source> and whether leases are left early</source>
        <translation> ja irtautumista vuokrasopimuksista</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="315"/>
        <source>Start not possible</source>
        <translation>Alku ei ole mahdollinen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/timing_editor.py" line="316"/>
        <source>This start cannot be used: {reason}</source>
        <translation>Tätä alkua ei voi käyttää: {reason}</translation>
    </message>
</context>
<context>
    <name>Uncertainty</name>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="82"/>
        <source>{lever} (lever ±10 points)</source>
        <translation>{lever} (toimenpide ±10 %-yks.)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="93"/>
        <source>At {low}: {low_change}; at {high}: {high_change} (plan-year savings)</source>
        <translation>Arvolla {low}: {low_change}; arvolla {high}: {high_change} (suunnitteluvuoden säästöt)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="111"/>
        <source>no source: a planning estimate</source>
        <translation>ei lähdettä: suunnitteluarvio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="114"/>
        <source>Assumed {value}, range {low}–{high}</source>
        <translation>Oletettu {value}, vaihteluväli {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="118"/>
        <source>Source: {source}</source>
        <translation>Lähde: {source}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="181"/>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="182"/>
        <source>Target</source>
        <translation>Tavoite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="183"/>
        <source>Probability</source>
        <translation>Todennäköisyys</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="184"/>
        <source>10th pct.</source>
        <translation>10. pers.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="185"/>
        <source>Median</source>
        <translation>Mediaani</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="186"/>
        <source>90th pct.</source>
        <translation>90. pers.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="190"/>
        <source>The target of the year</source>
        <translation>Vuoden säästötavoite</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="191"/>
        <source>The share of draws whose savings reach the year&apos;s target</source>
        <translation>Niiden arvontojen osuus, joissa säästöt saavuttavat vuoden tavoitteen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="194"/>
        <source>Savings: 10th percentile of the draws (nine in ten do better)</source>
        <translation>Säästöt: arvontojen 10. persentiili (yhdeksän kymmenestä on parempia)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="197"/>
        <source>Savings: the median of the draws</source>
        <translation>Säästöt: arvontojen mediaani</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="198"/>
        <source>Savings: 90th percentile of the draws (one in ten does better)</source>
        <translation>Säästöt: arvontojen 90. persentiili (yksi kymmenestä on parempi)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="217"/>
        <source>{year}: in {share} of {draws} draws of the assumptions the savings reach the target {target}</source>
        <translation>{year}: {share}:ssa {draws} oletusten arvonnasta säästöt saavuttavat tavoitteen {target}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="233"/>
        <source>Service line</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="234"/>
        <source>Below floor</source>
        <translation>Alle alarajan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="238"/>
        <source>The share of draws that leave the line below its floor in the plan year</source>
        <translation>Niiden arvontojen osuus, joissa palvelu jää suunnitteluvuonna alle alarajansa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="247"/>
        <source>In {year}, {share} of the draws leave {name} below its floor</source>
        <translation>Vuonna {year} {share} arvonnoista jättää palvelun {name} alle alarajansa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="261"/>
        <source>Savings by year, fan chart</source>
        <translation>Säästöt vuosittain, viuhkakaavio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="310"/>
        <source>{year}: median {median}, 10th–90th percentile {low} to {high}</source>
        <translation>{year}: mediaani {median}, 10.–90. persentiili {low}–{high}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="328"/>
        <source>Plan-year savings, histogram</source>
        <translation>Suunnitteluvuoden säästöt, histogrammi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="354"/>
        <source>Plan-year savings of {draws} draws; the dashed line is the target {target}</source>
        <translation>Suunnitteluvuoden säästöt {draws} arvonnassa; katkoviiva on tavoite {target}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="367"/>
        <source>Tornado chart</source>
        <translation>Tornadokaavio</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="448"/>
        <source>Computing</source>
        <translation>Lasketaan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="449"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Peruuta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="450"/>
        <source>Stop the analysis running now</source>
        <translation>Pysäytä käynnissä oleva analyysi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="451"/>
        <source>&amp;Recompute</source>
        <translation>&amp;Laske uudelleen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="453"/>
        <source>Analyse the current scenario again</source>
        <translation>Analysoi nykyinen skenaario uudelleen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="461"/>
        <source>How many draws of the assumptions (more: steadier, slower)</source>
        <translation>Oletusten arvontojen määrä (enemmän: vakaampi, hitaampi)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="467"/>
        <source>The random seed: the same seed gives the same numbers</source>
        <translation>Satunnaisluvun siemen: sama siemen antaa samat luvut</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="469"/>
        <source>&amp;Draws:</source>
        <translation>&amp;Arvonnat:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="471"/>
        <source>Ra&amp;ndom seed:</source>
        <translation>&amp;Siemenluku:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="477"/>
        <source>Probability by year</source>
        <translation>Todennäköisyys vuosittain</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="480"/>
        <source>Floor risk by service line</source>
        <translation>Alarajariski palveluittain</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="511"/>
        <source>&lt;b&gt;Probability of reaching the target&lt;/b&gt;, by year</source>
        <translation>&lt;b&gt;Tavoitteen saavuttamisen todennäköisyys&lt;/b&gt; vuosittain</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="520"/>
        <source>&lt;b&gt;Savings by year&lt;/b&gt; (M€): 10th–90th percentile band, median, target (dashed)</source>
        <translation>&lt;b&gt;Säästöt vuosittain&lt;/b&gt; (M€): 10.–90. persentiilin vyöhyke, mediaani, tavoite (katkoviiva)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="533"/>
        <source>&lt;b&gt;What matters most&lt;/b&gt;: change of plan-year savings at the low (red) and high (green)</source>
        <translation>&lt;b&gt;Mikä vaikuttaa eniten&lt;/b&gt;: suunnitteluvuoden säästöjen muutos alimmalla (punainen) ja ylimmällä (vihreä) arvolla</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="548"/>
        <source>&lt;b&gt;Below the floor&lt;/b&gt; in the plan year</source>
        <translation>&lt;b&gt;Alle alarajan&lt;/b&gt; suunnitteluvuonna</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="557"/>
        <source>&lt;b&gt;Plan-year savings&lt;/b&gt; of every draw (M€)</source>
        <translation>&lt;b&gt;Suunnitteluvuoden säästöt&lt;/b&gt; jokaisessa arvonnassa (M€)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="613"/>
        <source>Computing… {draws} draws of the assumptions</source>
        <translation>Lasketaan… {draws} oletusten arvontaa</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="615"/>
        <source>Computing… {draws} draws of the assumptions (greyed: the scenario before)</source>
        <translation>Lasketaan… {draws} oletusten arvontaa (harmaana: edellinen skenaario)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="625"/>
        <source>Cancelled: no analysis of the current scenario (Recompute to run it)</source>
        <translation>Peruutettu: nykyisestä skenaariosta ei ole analyysia (Laske uudelleen ajaa sen)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="635"/>
        <source>The analysis failed: {message}</source>
        <translation>Analyysi epäonnistui: {message}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="650"/>
        <source>{name}: {share} probability of reaching the {year} target · {draws} draws, seed {seed}</source>
        <translation>{name}: {share} todennäköisyys saavuttaa vuoden {year} tavoite · {draws} arvontaa, siemen {seed}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/uncertainty_view.py" line="662"/>
        <source> · {count} overridden figures held</source>
        <translation> · {count} muutettua lukua pidetty ennallaan</translation>
    </message>
</context>
<context>
    <name>Undo</name>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="62"/>
        <source>remove the override of {figure}</source>
        <translation>poista luvun {figure} muutos</translation>
    </message>
    <message>
        <location filename="../../planner/ui/assumptions_view.py" line="63"/>
        <source>assume {figure} is {value}</source>
        <translation>oleta {figure} arvoksi {value}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="142"/>
        <source>start {lever} {when}</source>
        <translation>aloita {lever} {when}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="158"/>
        <source>set the targets by year</source>
        <translation>aseta tavoitteet vuosittain</translation>
    </message>
    <message>
        <location filename="../../planner/ui/plan_commands.py" line="221"/>
        <source>goal seek {lever} to {value}</source>
        <translation>tavoitehaku: {lever} arvoon {value}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="602"/>
        <source>apply the plan found by Reach the target</source>
        <translation>ota käyttöön Saavuta tavoite -haun suunnitelma</translation>
    </message>
    <message>
        <location filename="../../planner/ui/reach_target_dialog.py" line="630"/>
        <location filename="../../planner/ui/undo.py" line="274"/>
        <source>new scenario {name}</source>
        <translation>uusi skenaario {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="34"/>
        <source>set {lever} to {value}</source>
        <translation>aseta {lever} arvoon {value}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="108"/>
        <source>set plan year to {year}</source>
        <translation>aseta suunnitteluvuodeksi {year}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="118"/>
        <source>set target to {amount}</source>
        <translation>aseta tavoitteeksi {amount}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="133"/>
        <source>edit the description of {name}</source>
        <translation>muokkaa skenaarion {name} kuvausta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="155"/>
        <source>rename {old} to {new}</source>
        <translation>nimeä {old} uudelleen: {new}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="187"/>
        <source>delete {name}</source>
        <translation>poista {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="206"/>
        <source>open baseline {name}</source>
        <translation>avaa lähtötaso {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="240"/>
        <source>reset levers</source>
        <translation>palauta toimenpiteet</translation>
    </message>
    <message>
        <location filename="../../planner/ui/undo.py" line="291"/>
        <source>duplicate {name}</source>
        <translation>kopioi {name}</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <location filename="../../planner/ui/user_guide.py" line="18"/>
        <source>user-guide.md</source>
        <translation>user-guide.fi.md</translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_guide.py" line="31"/>
        <source>Planner user guide</source>
        <translation>Suunnittelijan käyttöopas</translation>
    </message>
    <message>
        <location filename="../../planner/ui/user_guide.py" line="35"/>
        <source>User guide</source>
        <translation>Käyttöopas</translation>
    </message>
</context>
<context>
    <name>Warnings</name>
    <message>
        <location filename="../../planner/present/warnings.py" line="27"/>
        <source>Own staff backfill has no effect while no outsourced labour is removed.</source>
        <translation>Oman henkilöstön korvaamisella ei ole vaikutusta, kun vuokratyövoimaa ei vähennetä.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="30"/>
        <source>Backfill needs {wanted} FTE of own staff, but recruitment reaches {achieved} FTE (at most {limit} FTE a year).</source>
        <translation>Korvaaminen vaatii {wanted} htv omaa henkilöstöä, mutta rekrytoinnilla saadaan {achieved} htv (enintään {limit} htv vuodessa).</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="39"/>
        <source>the national reference fee €{reference} is above the legal maximum €{maximum}; the fee stops at the maximum.</source>
        <translation>valtakunnallinen vertailumaksu {reference} € on lain enimmäismaksua {maximum} € suurempi; maksu jää enimmäismaksuun.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="47"/>
        <source>Leaving leases early costs {cost} of rent still owed.</source>
        <translation>Vuokrasopimuksista ennenaikainen irtautuminen maksaa {cost} jäljellä olevaa vuokraa.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="50"/>
        <source>{amount} of the rent given up is internal rent paid to the city itself, not a saving for the city.</source>
        <translation>{amount} luovutetusta vuokrasta on kaupungille itselleen maksettua sisäistä vuokraa, ei kaupungin säästöä.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="55"/>
        <source>{area} m² of office space is given up, but its rent is still owed this year (the leases have not ended).</source>
        <translation>{area} m² toimistotilaa luovutetaan, mutta sen vuokra on vielä maksettava tänä vuonna (vuokrasopimukset eivät ole päättyneet).</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="60"/>
        <source>a statutory service: {volume} {unit}s more are bought from other providers, at the substitute price.</source>
        <translation>lakisääteinen palvelu: {volume} {unit} lisää ostetaan muilta tuottajilta korvaavalla hinnalla.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="65"/>
        <source>{share} of demand met, below its floor of {floor} (shortfall {shortfall} {unit}s).</source>
        <translation>{share} tarpeesta täytetty, alle alarajan {floor} (vajetta {shortfall} {unit}).</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="74"/>
        <source>The baseline figure {figure} is set to {value}, outside its range {low}–{high}.</source>
        <translation>Lähtötason luku {figure} on asetettu arvoon {value}, vaihteluvälinsä {low}–{high} ulkopuolelle.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="84"/>
        <source>Giving up {area} m² of office space exceeds the {free} m² whose leases can end by then; early-exit costs apply to the rest.</source>
        <translation>{area} m² toimistotilasta luopuminen ylittää ne {free} m², joiden vuokrasopimukset voivat päättyä siihen mennessä; lopusta aiheutuu irtautumiskustannuksia.</translation>
    </message>
    <message>
        <location filename="../../planner/present/warnings.py" line="119"/>
        <source>Scenario</source>
        <translation>Skenaario</translation>
    </message>
</context>
<context>
    <name>WorkbookFiles</name>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="73"/>
        <source>Untitled</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="77"/>
        <source>Planner workbooks (*.planner.json *.json);;All files (*)</source>
        <translation>Planner-työkirjat (*.planner.json *.json);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="93"/>
        <source>1 scenario</source>
        <translation>1 skenaario</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="94"/>
        <source>{count} scenarios</source>
        <translation>{count} skenaariota</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="125"/>
        <source>&amp;New</source>
        <translation>&amp;Uusi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="128"/>
        <source>A new workbook with one scenario at no change</source>
        <translation>Uusi työkirja, jossa on yksi skenaario ilman muutoksia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="131"/>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="134"/>
        <source>Open a workbook file</source>
        <translation>Avaa työkirjatiedosto</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="139"/>
        <source>Open Re&amp;ference Scenarios</source>
        <translation>Avaa &amp;vertailuskenaariot</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="143"/>
        <source>The bundled reference scenarios, as a template: saving asks where to keep a copy</source>
        <translation>Ohjelman mukana tulevat vertailuskenaariot pohjana: tallennettaessa kysytään, minne kopio tallennetaan</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="149"/>
        <source>&amp;Save</source>
        <translation>&amp;Tallenna</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="152"/>
        <source>Save the workbook</source>
        <translation>Tallenna työkirja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="155"/>
        <source>Save &amp;As…</source>
        <translation>Tallenna &amp;nimellä…</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="158"/>
        <source>Save the workbook under another name</source>
        <translation>Tallenna työkirja toisella nimellä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="198"/>
        <source>Untitled (from {name})</source>
        <translation>Nimetön (pohjana {name})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="260"/>
        <source>Open a workbook</source>
        <translation>Avaa työkirja</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="280"/>
        <source>{name} is a baseline spreadsheet (the figures of a year), not a workbook of scenarios. A workbook is a .planner.json file; a baseline is an .xlsx workbook or a folder of CSV files, and opens with {entry}.</source>
        <translation>{name} on lähtötason taulukko (vuoden luvut), ei skenaarioiden työkirja. Työkirja on .planner.json-tiedosto; lähtötaso on .xlsx-työkirja tai CSV-tiedostojen kansio, ja se avataan komennolla {entry}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="289"/>
        <source>An .xls file is in Excel&apos;s old format: save it as an .xlsx workbook first.</source>
        <translation>Xls-tiedosto on Excelin vanhassa muodossa: tallenna se ensin .xlsx-työkirjaksi.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="296"/>
        <source>A CSV file stands for its folder: every table of the baseline is read from there.</source>
        <translation>CSV-tiedosto edustaa kansiotaan: kaikki lähtötason taulukot luetaan sieltä.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="304"/>
        <source>This is a baseline</source>
        <translation>Tämä on lähtötaso</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="314"/>
        <source>Open as &amp;Baseline</source>
        <translation>Avaa &amp;lähtötasona</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="337"/>
        <source>{path}: cannot be read ({error})</source>
        <translation>{path}: tiedostoa ei voi lukea ({error})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="347"/>
        <source>{path}: the workbook holds no scenario.</source>
        <translation>{path}: työkirjassa ei ole yhtään skenaariota.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="362"/>
        <source>Opened {path} ({scenarios})</source>
        <translation>Avattu {path} ({scenarios})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="384"/>
        <source>The workbook&apos;s baseline</source>
        <translation>Työkirjan lähtötaso</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="400"/>
        <source>(and {count} more: see Show Details)</source>
        <translation>(ja {count} muuta: katso Näytä yksityiskohdat)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="405"/>
        <source>The workbook was not opened</source>
        <translation>Työkirjaa ei avattu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="406"/>
        <source>{name} cannot be opened; the window keeps what it had.</source>
        <translation>Tiedostoa {name} ei voi avata; ikkunaan jää, mitä siinä oli.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="428"/>
        <source>Save the workbook as</source>
        <translation>Tallenna työkirja nimellä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="460"/>
        <source>A workbook is saved as a .planner.json file, so that it opens again with its scenarios; {name} would be saved as something else.</source>
        <translation>Työkirja tallennetaan .planner.json-tiedostoksi, jotta se aukeaa uudelleen skenaarioineen; {name} tallentuisi joksikin muuksi.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="467"/>
        <source>Spreadsheets of the results are written with {entry}, and the baseline as a spreadsheet with {template}.</source>
        <translation>Tulokset kirjoitetaan taulukoksi komennolla {entry} ja lähtötaso taulukoksi komennolla {template}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="478"/>
        <source>The printed summary is written as PDF with {entry}.</source>
        <translation>Tulostettava yhteenveto kirjoitetaan PDF-tiedostoksi komennolla {entry}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="485"/>
        <source>Save the workbook as .planner.json?</source>
        <translation>Tallennetaanko työkirja .planner.json-tiedostoksi?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="491"/>
        <source>Save it as {name}?</source>
        <translation>Tallennetaanko se nimellä {name}?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="494"/>
        <source>Save as {name}</source>
        <translation>Tallenna nimellä {name}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="498"/>
        <source>Choose &amp;Another Name</source>
        <translation>Valitse &amp;toinen nimi</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="509"/>
        <source>Replace the file?</source>
        <translation>Korvataanko tiedosto?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="510"/>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} on jo kansiossa {folder}. Korvataanko se?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="528"/>
        <source>Could not save {path}: {error}. The file on disk is unchanged.</source>
        <translation>Tiedostoa {path} ei voitu tallentaa: {error}. Levyllä oleva tiedosto on ennallaan.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="537"/>
        <source>The workbook was not saved</source>
        <translation>Työkirjaa ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="538"/>
        <source>{message}

Your work is still open in the window (and kept for recovery). Save it somewhere else with {entry}.</source>
        <translation>{message}

Työsi on yhä auki ikkunassa (ja tallessa palautusta varten). Tallenna se muualle komennolla {entry}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="556"/>
        <source>Saved {path}</source>
        <translation>Tallennettu {path}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="567"/>
        <source>Unsaved changes</source>
        <translation>Tallentamattomia muutoksia</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="568"/>
        <source>The workbook {name} has changes that are not saved. Save them first?</source>
        <translation>Työkirjassa {name} on tallentamattomia muutoksia. Tallennetaanko ne ensin?</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="636"/>
        <source>The work was not restored</source>
        <translation>Työtä ei palautettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="637"/>
        <source>{error}. The recovered file is kept: {file}</source>
        <translation>{error}. Palautettu tiedosto säilytetään: {file}</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="650"/>
        <source>Restored unsaved work ({scenarios}); save it to keep it</source>
        <translation>Tallentamaton työ palautettu ({scenarios}); tallenna se, jos haluat säilyttää sen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="678"/>
        <source>This workbook was made on the baseline &apos;{named}&apos;, which the file does not keep (it was saved by an older planner). Its scenarios are now evaluated on &apos;{used}&apos;. If that is not right, open the right baseline with {entry}.</source>
        <translation>Tämä työkirja on tehty lähtötasolla &apos;{named}&apos;, jota tiedostossa ei ole (sen tallensi vanhempi Planner). Sen skenaariot lasketaan nyt lähtötasolla &apos;{used}&apos;. Jos se ei ole oikea, avaa oikea lähtötaso komennolla {entry}.</translation>
    </message>
    <message>
        <location filename="../../planner/ui/workbook_files.py" line="700"/>
        <source>This workbook keeps its own baseline, &apos;{name}&apos; ({year}), which differs from the one in use before; the window now plans on the workbook&apos;s baseline, so its numbers are the ones it was saved with. To plan on another, use {entry}.</source>
        <translation>Tässä työkirjassa on oma lähtötasonsa, &apos;{name}&apos; ({year}), joka eroaa aiemmin käytössä olleesta; ikkuna suunnittelee nyt työkirjan lähtötasolla, joten luvut ovat samat kuin tallennettaessa. Jos haluat suunnitella toisella, käytä komentoa {entry}.</translation>
    </message>
</context>
<context>
    <name>Years</name>
    <message>
        <location filename="../../planner/ui/years_view.py" line="78"/>
        <source>Savings by year against the target path</source>
        <translation>Säästöt vuosittain suhteessa tavoitepolkuun</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="79"/>
        <source>&lt;b&gt;Savings by year&lt;/b&gt; (M€): the levers&apos; in-year effect {effect}, the one-off costs {one_off} (a cost, below zero), the year&apos;s savings {total} (labelled) against the {target}; the plan year shaded</source>
        <translation>&lt;b&gt;Säästöt vuosittain&lt;/b&gt; (M€): toimenpiteiden vuosivaikutus {effect}, kertaluonteiset kustannukset {one_off} (kustannus, nollan alapuolella), vuoden säästöt {total} (merkitty) suhteessa: {target}; suunnitteluvuosi varjostettu</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="89"/>
        <source>target path</source>
        <translation>tavoitepolku</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="181"/>
        <source>Share of demand met by year</source>
        <translation>Tarpeesta täytetty osuus vuosittain</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="182"/>
        <source>&lt;b&gt;Service level by year&lt;/b&gt; (% of demand met, - - 100 %): {all} all lines, {worst} the worst line of each year (named in the table)</source>
        <translation>&lt;b&gt;Palvelutaso vuosittain&lt;/b&gt; (% tarpeesta täytetty, - - 100 %): {all} kaikki palvelut, {worst} kunkin vuoden heikoin palvelu (nimetty taulukossa)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="190"/>
        <source>% of demand</source>
        <translation>% tarpeesta</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="245"/>
        <location filename="../../planner/ui/years_view.py" line="264"/>
        <source>{year} (plan year)</source>
        <translation>{year} (suunnitteluvuosi)</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="309"/>
        <source>The target for {year}: the scenario&apos;s target, or the amount set for this year in Targets by year…</source>
        <translation>Vuoden {year} tavoite: skenaarion tavoite tai tälle vuodelle kohdassa Tavoitteet vuosittain… asetettu määrä</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="315"/>
        <source>The levers&apos; in-year effect in {year} before one-off costs: each lever&apos;s effect prorated by month from its start and ramp-up, against the no-change trend of {year}</source>
        <translation>Toimenpiteiden vuosivaikutus vuonna {year} ennen kertaluonteisia kustannuksia: kunkin toimenpiteen vaikutus kuukausittain alkamisesta ja käyttöönotosta jaksotettuna, verrattuna vuoden {year} muutoksettomaan kehitykseen</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="322"/>
        <source>One-off costs that fall in {year} (at each lever&apos;s start): a cost</source>
        <translation>Vuonna {year} kohdistuvat kertaluonteiset kustannukset (kunkin toimenpiteen alussa): kustannus</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="326"/>
        <source>Savings in {year}: the in-year effect less the one-off costs</source>
        <translation>Säästöt vuonna {year}: vuosivaikutus vähennettynä kertaluonteisilla kustannuksilla</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="331"/>
        <source>{name}: {volume} {unit}s bought (no change: {trend})</source>
        <translation>{name}: {volume} {unit} ostettu (ei muutoksia: {trend})</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="339"/>
        <source>Statutory demand beyond own capacity is bought from other providers at the substitute price (a cost within the in-year effect). Lines that buy more in {year} than with no change:</source>
        <translation>Lakisääteinen tarve oman kapasiteetin yli ostetaan muilta tuottajilta korvaavalla hinnalla (kustannus vuosivaikutuksen sisällä). Palvelut, jotka ostavat vuonna {year} enemmän kuin ilman muutoksia:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="353"/>
        <source>Share of demand met in {year}, lowest first:</source>
        <translation>Tarpeesta täytetty osuus vuonna {year}, pienin ensin:</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="359"/>
        <source>Double-click to make {year} the plan year</source>
        <translation>Kaksoisnapsauta tehdäksesi vuodesta {year} suunnitteluvuoden</translation>
    </message>
    <message>
        <location filename="../../planner/ui/years_view.py" line="382"/>
        <source>Years table</source>
        <translation>Vuositaulukko</translation>
    </message>
</context>
<context>
    <name>YearsChart</name>
    <message>
        <location filename="../../planner/report/charts.py" line="416"/>
        <source>plan year</source>
        <translation>suunnitteluvuosi</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="428"/>
        <source>savings after one-off costs</source>
        <translation>säästöt kertakulujen jälkeen</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="429"/>
        <source>one-off costs</source>
        <translation>kertaluonteiset kustannukset</translation>
    </message>
    <message>
        <location filename="../../planner/report/charts.py" line="430"/>
        <source>target</source>
        <translation>tavoite</translation>
    </message>
</context>
</TS>
