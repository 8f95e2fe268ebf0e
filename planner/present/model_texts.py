# ruff: noqa: E501 (whole texts, one a line, as the model has them)
"""The model's own words, marked for the translation catalogues (issue 13).

Written by tools/model_texts.py from the lever definitions, the service units, the baseline's
column meanings and the bundled baseline's figure names; not imported by the planner:
pyside6-lupdate reads it.
Do not edit by hand: run `.venv/bin/python tools/model_texts.py`.
"""

from planner.present.translate import QT_TRANSLATE_NOOP

MODEL_TEXTS = (
    QT_TRANSLATE_NOOP("LeverName", "Office space given up"),
    QT_TRANSLATE_NOOP("LeverUnit", "% of leased office area"),
    QT_TRANSLATE_NOOP(
        "LeverHelp",
        "Space is given up from the leases that end first. Rent stops at the lease end, or after the notice period from the start date. Leaving early (an option) stops the rent at the start but costs the rent still owed, less the share re-let. Moving costs a one-off per square metre. Internal rent saved is not saved by the city.",
    ),
    QT_TRANSLATE_NOOP("LeverGroup", "Premises"),
    QT_TRANSLATE_NOOP("LeverName", "Outsourced labour removed"),
    QT_TRANSLATE_NOOP("LeverUnit", "% of outsourced labour spend"),
    QT_TRANSLATE_NOOP(
        "LeverHelp",
        "The agency labour spend removed is saved. Hours not backfilled by own staff are lost capacity: on statutory lines that volume is bought at the substitute price, on queueable lines it becomes shortfall.",
    ),
    QT_TRANSLATE_NOOP("LeverGroup", "Workforce"),
    QT_TRANSLATE_NOOP("LeverName", "Removed hours backfilled by own staff"),
    QT_TRANSLATE_NOOP("LeverUnit", "% of removed hours"),
    QT_TRANSLATE_NOOP(
        "LeverHelp",
        "Share of the removed agency hours done by own staff instead, at own-staff cost (agency hours cost a premium), but only as fast as the division can recruit. Has effect only with agency labour removed.",
    ),
    QT_TRANSLATE_NOOP("LeverName", "Client fees moved to the national reference"),
    QT_TRANSLATE_NOOP("LeverUnit", "% of the gap closed"),
    QT_TRANSLATE_NOOP(
        "LeverHelp",
        "From the start date, each fee moves this far from today's level toward the national reference (never above the legal maximum). Income is counted on delivered chargeable volume, less clients past the annual payment ceiling; demand falls a little.",
    ),
    QT_TRANSLATE_NOOP("LeverGroup", "Fees"),
    QT_TRANSLATE_NOOP("LeverName", "Staff who complete financial training"),
    QT_TRANSLATE_NOOP("LeverUnit", "% of staff"),
    QT_TRANSLATE_NOOP(
        "LeverHelp",
        "Costs a one-off amount per person trained and saves a share of the spend staff influence day to day (the training base the budget names; not HUS, purchased care or grants), in proportion to the share of staff trained. A low-confidence lever.",
    ),
    QT_TRANSLATE_NOOP("LeverGroup", "Training"),
    QT_TRANSLATE_NOOP("LeverName", "Substitutable visits moved to the digital channel"),
    QT_TRANSLATE_NOOP("LeverUnit", "% of substitutable visits"),
    QT_TRANSLATE_NOOP(
        "LeverHelp",
        "Only lines counted in visits, appointments or contacts shift. Moved visits cost the digital unit cost; the in-person capacity they free first serves unmet or bought demand, and only what is left saves money, at the marginal cost. Setting up the channel is a one-off.",
    ),
    QT_TRANSLATE_NOOP("LeverGroup", "Digital"),
    QT_TRANSLATE_NOOP("ServiceUnit", "contact"),
    QT_TRANSLATE_NOOP("ServiceUnit", "visit"),
    QT_TRANSLATE_NOOP("ServiceUnit", "care day"),
    QT_TRANSLATE_NOOP("ServiceUnit", "appointment"),
    QT_TRANSLATE_NOOP("ServiceUnit", "client"),
    QT_TRANSLATE_NOOP("ServiceUnit", "response"),
    QT_TRANSLATE_NOOP("ServiceUnit", "mission"),
    QT_TRANSLATE_NOOP("BaselineColumn", "What the row gives: name, year, division, currency"),
    QT_TRANSLATE_NOOP("BaselineColumn", "The value (name and year are required)"),
    QT_TRANSLATE_NOOP(
        "BaselineColumn", "Identifier of the service line; provenance and fees refer to it"
    ),
    QT_TRANSLATE_NOOP("BaselineColumn", "Name of the service line as shown"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Name of the row in Finnish (optional; empty: the name)"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Name of the row in Swedish (optional; empty: the name)"),
    QT_TRANSLATE_NOOP("BaselineColumn", "What one unit of the line's volume is"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Units delivered in the baseline year"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Cost of one unit (above zero)"),
    QT_TRANSLATE_NOOP(
        "BaselineColumn", "Share of the line's work done by outsourced (agency or purchased) labour"
    ),
    QT_TRANSLATE_NOOP("BaselineColumn", "Yearly growth of demand"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Share of in-person demand the digital channel could take"),
    QT_TRANSLATE_NOOP(
        "BaselineColumn", "Share of demand met below which the planner warns about the line"
    ),
    QT_TRANSLATE_NOOP(
        "BaselineColumn",
        "statutory: demand own capacity cannot serve is bought; queueable: it waits",
    ),
    QT_TRANSLATE_NOOP(
        "BaselineColumn",
        "Price of a unit bought from another provider, as a share of the own unit cost",
    ),
    QT_TRANSLATE_NOOP(
        "BaselineColumn",
        "Share of the unit cost that goes away when one in-person unit fewer is made",
    ),
    QT_TRANSLATE_NOOP("BaselineColumn", "Identifier of a service line of the services sheet"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Share of the line's volume that pays a per-unit fee"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Client fee today"),
    QT_TRANSLATE_NOOP("BaselineColumn", "National reference fee"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Highest fee the law allows"),
    QT_TRANSLATE_NOOP(
        "BaselineColumn",
        "Identifier of the category (personnel, outsourced_labour, purchased_services_other, premises, other_expenses and client_fees are required)",
    ),
    QT_TRANSLATE_NOOP("BaselineColumn", "Name of the category as shown"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Whether the category is spending or income"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Amount in the baseline year"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Which index the amount grows with: wage or price"),
    QT_TRANSLATE_NOOP(
        "BaselineColumn",
        "Share of the category that staff influence day to day (what training saves on)",
    ),
    QT_TRANSLATE_NOOP("BaselineColumn", "Identifier of the group of leases"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Name of the group as shown"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Leased office area"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Rent"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Year the leases' fixed term ends"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Last month of the fixed term (1-12)"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Notice period after the fixed term"),
    QT_TRANSLATE_NOOP("BaselineColumn", "external, or internal (the city's own premises)"),
    QT_TRANSLATE_NOOP("BaselineColumn", "A year after the baseline year"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Growth of wages in that year (own staff, agency)"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Growth of other prices in that year"),
    QT_TRANSLATE_NOOP(
        "BaselineColumn",
        "Identifier of the figure (staff_count, own_staff_cost_eur_per_fte, agency_premium_pct, recruitment_limit_fte_per_year, training_cost_eur_per_person and training_saving_pct are required)",
    ),
    QT_TRANSLATE_NOOP("BaselineColumn", "The figure"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Unit of the figure (informative)"),
    QT_TRANSLATE_NOOP("BaselineColumn", "What the figure is"),
    QT_TRANSLATE_NOOP(
        "BaselineColumn",
        "Identifier of the assumption (default_target_eur, office_move_cost_eur_per_m2, re_let_share_pct, fee_demand_elasticity, payment_ceiling_share_pct, digital_visit_cost_eur and digital_setup_cost_eur are required)",
    ),
    QT_TRANSLATE_NOOP("BaselineColumn", "The value"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Unit of the value (informative)"),
    QT_TRANSLATE_NOOP("BaselineColumn", "What the value is"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Sheet of the figure described"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Identifier of the figure's row, or * for every row"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Column of the figure described"),
    QT_TRANSLATE_NOOP(
        "BaselineColumn",
        "read: stated in the source; derived: computed from read figures (the computation in note); assumption: a planning estimate (the reasoning in note, a low and a high)",
    ),
    QT_TRANSLATE_NOOP("BaselineColumn", "Addresses of the public sources, separated by spaces"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Lowest plausible value of an assumption"),
    QT_TRANSLATE_NOOP("BaselineColumn", "Highest plausible value of an assumption"),
    QT_TRANSLATE_NOOP("BaselineColumn", "The computation (derived) or the reasoning (assumption)"),
    QT_TRANSLATE_NOOP("BaselineRow", "Staff of the division"),
    QT_TRANSLATE_NOOP(
        "BaselineRow", "Own staff cost per full-time equivalent a year (wages and social security)"
    ),
    QT_TRANSLATE_NOOP("BaselineRow", "Extra cost of an agency hour over an own-staff hour"),
    QT_TRANSLATE_NOOP(
        "BaselineRow", "Own staff the division can recruit a year beyond normal turnover"
    ),
    QT_TRANSLATE_NOOP("BaselineRow", "One-off cost of financial training per person"),
    QT_TRANSLATE_NOOP("BaselineRow", "Share of the training base saved when all staff are trained"),
    QT_TRANSLATE_NOOP(
        "BaselineRow", "One-off cost of giving up a square metre of office (moving, restoring)"
    ),
    QT_TRANSLATE_NOOP(
        "BaselineRow",
        "Chargeable demand lost per fee rise, as a share of the fee rise over the unit cost",
    ),
    QT_TRANSLATE_NOOP("BaselineRow", "Cost of one visit handled in the digital channel instead"),
    QT_TRANSLATE_NOOP("BaselineRow", "Savings target a new scenario starts from"),
    QT_TRANSLATE_NOOP(
        "BaselineRow", "Share of the rent still owed on a lease left early that re-letting recovers"
    ),
    QT_TRANSLATE_NOOP(
        "BaselineRow", "Share of chargeable volume used by clients past the annual payment ceiling"
    ),
    QT_TRANSLATE_NOOP(
        "BaselineRow", "One-off cost of setting up the digital channel for the shift"
    ),
)
