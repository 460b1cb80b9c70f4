"""Relations between countries, computed in SQL over the stored events."""
from __future__ import annotations

from .records import IMPLIED_TEXT
from .store import Store

# Modalities that are not facts: stored, but left out of dyad scores unless asked.
NOT_FACTS = ("hypothetical", "negated", "future")


def dyads(store: Store, count: str = "events", include_all_modalities: bool = False,
          plover_scores: dict[str, float] | None = None, include_implied: bool = False) -> list[dict]:
    """Per ordered pair of countries: events per quad class and mean PLOVER / Goldstein score.

    A joint act with no recipient (RUS and PRK sign a pact) counts for each ordered pair
    of its actors; otherwise each actor country pairs with each recipient country. Events whose
    doer the text does not name (an actor coded by place, text "[implied]") are left out unless
    include_implied: "a roadside bomb near Samarra killed two US soldiers" says nothing of Iraq's state.
    """
    scores = plover_scores or {}
    con = store.con
    con.execute("CREATE OR REPLACE TEMP TABLE plover_score (event_type VARCHAR, score DOUBLE)")
    if scores:
        con.executemany("INSERT INTO plover_score VALUES (?, ?)", list(scores.items()))
    weight = "u.mentions" if count == "mentions" else "1"
    modality = "" if include_all_modalities else \
        "AND e.modality NOT IN (" + ", ".join(f"'{m}'" for m in NOT_FACTS) + ")"
    if not include_implied:
        modality += f" AND CAST(e.actors AS VARCHAR) NOT LIKE '%\"{IMPLIED_TEXT}\"%'"
    sql = f"""
    WITH counted AS (
        SELECT e.*, {weight} AS w FROM unique_events u JOIN events e ON e.event_id = u.event_id
        WHERE TRUE {modality}
    ), pairs AS (
        SELECT a AS source, r AS target, c.* FROM counted c, unnest(c.actor_countries) AS t1(a),
            unnest(CASE WHEN len(c.recipient_countries) > 0 THEN c.recipient_countries
                        ELSE c.actor_countries END) AS t2(r)
        WHERE a <> r
    )
    SELECT source, target,
        sum(w)::INTEGER AS events,
        sum(CASE WHEN quad_class = 1 THEN w ELSE 0 END)::INTEGER AS verbal_coop,
        sum(CASE WHEN quad_class = 2 THEN w ELSE 0 END)::INTEGER AS material_coop,
        sum(CASE WHEN quad_class = 3 THEN w ELSE 0 END)::INTEGER AS verbal_conflict,
        sum(CASE WHEN quad_class = 4 THEN w ELSE 0 END)::INTEGER AS material_conflict,
        round(sum(s.score * w) / nullif(sum(CASE WHEN s.score IS NULL THEN 0 ELSE w END), 0), 2) AS mean_plover_score,
        round(sum(goldstein * w) / nullif(sum(CASE WHEN goldstein IS NULL THEN 0 ELSE w END), 0), 2) AS mean_goldstein
    FROM pairs LEFT JOIN plover_score s USING (event_type)
    GROUP BY source, target
    ORDER BY events DESC, source, target
    """
    cur = con.execute(sql)
    names = [c[0] for c in cur.description]
    return [dict(zip(names, r)) for r in cur.fetchall()]
