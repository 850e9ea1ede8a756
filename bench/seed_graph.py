#!/usr/bin/env python3
"""Seeds a running Newsgraph with a realistic, reproducible graph through the public GraphQL API.

Usage: seed_graph.py URL [--articles 1000] [--organizations 200] [--events 100]
Needs the editor key in NEWSGRAPH_API_KEY. Articles go through createArticle, so mentions are
computed by the service exactly as for real imports. Several mutations share one request (aliases).
"""
import argparse
import json
import os
import random
import sys
import urllib.request

ROOTS = ["Norwind", "Aldebaran", "Quorix", "Halvard", "Brightmoor", "Calderon", "Estrella", "Fenwick", "Garnet",
         "Helios", "Ironbridge", "Juniper", "Kestrel", "Lumen", "Meridian", "Northgate", "Oakhurst", "Pellion",
         "Quintara", "Ravenna", "Solace", "Tavern", "Umbria", "Valmont", "Westmark", "Xanthe", "Yarrow", "Zephyr",
         "Bérénice", "Łódź Union", "São Vicente", "Müllerhaus", "Ørsted Vale", "Crescent", "Driftwood", "Ember",
         "Falcon", "Glacier", "Harbor", "Icefield"]
SUFFIXES = [("Systems", "COMPANY"), ("Bank", "COMPANY"), ("Energy", "COMPANY"), ("Media", "MEDIA"),
            ("Telecom", "COMPANY"), ("Foundation", "NGO"), ("Agency", "GOVERNMENT_AGENCY")]
SOURCES = ["Daily Ledger", "Harbor Times", "Global Wire", "Tech Courier", "Market Watchers", "The Civic Post",
           "Radio Meridian", "Evening Gazette"]
KINDS = ["BAN", "SANCTION", "SHUTDOWN", "LAYOFF", "ACQUISITION", "LAWSUIT", "RULING", "LEGISLATION",
         "EXECUTIVE_ORDER", "ANNOUNCEMENT", "REPORT", "OUTAGE", "OTHER"]
ROLES = ["ACTOR", "TARGET", "AFFECTED", "REPORTER", "OTHER"]
VERBS = {"BAN": "is banned from", "SANCTION": "faces sanctions over", "SHUTDOWN": "shuts down", "LAYOFF": "cuts jobs at",
         "ACQUISITION": "acquires", "LAWSUIT": "sues over", "RULING": "wins a ruling on", "LEGISLATION": "backs a law on",
         "EXECUTIVE_ORDER": "is targeted by an order on", "ANNOUNCEMENT": "announces", "REPORT": "reports on",
         "OUTAGE": "suffers an outage in", "OTHER": "is involved in"}
TOPICS = ["cloud services", "payment networks", "data centres", "satellite links", "retail banking", "grid storage",
          "mobile networks", "news licensing", "chip supply", "cyber defence", "wind farms", "rail freight"]
WORDS = ("the a market regulators said on Tuesday that its quarterly results were stronger than analysts expected "
         "while investors remained cautious about supply costs and new rules in several regions officials added "
         "that talks would continue next week according to people familiar with the matter the company declined "
         "to comment further shares rose in early trading before falling back in the afternoon critics argued "
         "plan would raise prices for consumers industry groups welcomed decision but warned about delays").split()


def post(url, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    request = urllib.request.Request(url + "/graphql", data=body, headers={
        "Content-Type": "application/json", "Authorization": "Bearer " + os.environ["NEWSGRAPH_API_KEY"]})
    with urllib.request.urlopen(request, timeout=120) as response:
        result = json.loads(response.read())
    if result.get("errors"):
        sys.exit("GraphQL errors: " + json.dumps(result["errors"])[:2000])
    return result["data"]


def batched(url, fields, size):
    """Sends [(alias, mutation field)] in requests of `size` aliased fields; returns alias -> result."""
    results = {}
    for start in range(0, len(fields), size):
        chunk = fields[start:start + size]
        results.update(post(url, "mutation {" + " ".join(f"{alias}: {field}" for alias, field in chunk) + " }"))
    return results


def gql(value):
    return json.dumps(value, ensure_ascii=False)


def sentence(rng, names):
    words = [rng.choice(WORDS) for _ in range(rng.randint(10, 22))]
    if names:
        words.insert(rng.randint(0, len(words)), rng.choice(names))
    text = " ".join(words)
    return text[0].upper() + text[1:] + "."


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("url")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--organizations", type=int, default=200)
    parser.add_argument("--events", type=int, default=100)
    args = parser.parse_args()
    rng = random.Random(42)

    names = [f"{root} {suffix}" for suffix, _ in SUFFIXES for root in ROOTS][:args.organizations]
    kinds = {f"{root} {suffix}": kind for suffix, kind in SUFFIXES for root in ROOTS}
    fields = []
    for i, name in enumerate(names):
        aliases = [name.split(" ")[0] + " " + name.split(" ")[-1][:3].upper()] if i % 3 == 0 else []
        fields.append((f"o{i}", f"createOrganization(input: {{name: {gql(name)}, kind: {kinds[name]}, aliases: {gql(aliases)},"
                                 f" description: {gql('Invented organization number ' + str(i) + ' working on ' + rng.choice(TOPICS) + '.')}}}) {{ id }}"))
    org_ids = {names[int(alias[1:])]: value["id"] for alias, value in batched(args.url, fields, 25).items()}

    fields, event_people = [], []
    for i in range(args.events):
        kind = rng.choice(KINDS)
        people = rng.sample(names, rng.randint(2, 4))
        event_people.append(people)
        precision = rng.choices(["DAY", "MONTH", "YEAR"], [8, 3, 1])[0]
        day = f"202{rng.randint(3, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        title = f"{people[0]} {VERBS[kind]} {rng.choice(TOPICS)}"
        fields.append((f"e{i}", f"createEvent(input: {{title: {gql(title)}, kind: {kind}, occurredOn: {gql(day)},"
                                 f" datePrecision: {precision}, description: {gql(sentence(rng, people))}}}) {{ id }}"))
    event_ids = [value["id"] for _, value in sorted(batched(args.url, fields, 25).items(), key=lambda kv: int(kv[0][1:]))]
    fields = []
    for i, people in enumerate(event_people):
        for j, person in enumerate(people):
            fields.append((f"p{i}_{j}", f"addParticipant(eventId: {gql(event_ids[i])}, organizationId: {gql(org_ids[person])},"
                                         f" role: {ROLES[0] if j == 0 else rng.choice(ROLES)}) {{ id }}"))
    batched(args.url, fields, 50)

    fields, article_events = [], []
    for i in range(args.articles):
        event = rng.randrange(args.events) if rng.random() < 0.7 else None
        named = rng.sample(names, rng.randint(1, 4)) + (event_people[event][:2] if event is not None else [])
        paragraphs = [" ".join(sentence(rng, named) for _ in range(rng.randint(3, 5))) for _ in range(rng.randint(3, 6))]
        title = f"{named[0]} {rng.choice(['weighs', 'plans', 'denies', 'confirms', 'delays'])} {rng.choice(TOPICS)} move"
        body = "\n\n".join(paragraphs)
        published = f"202{rng.randint(3, 4)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"
        fields.append((f"a{i}", f"createArticle(input: {{title: {gql(title)}, publishedAt: {gql(published)},"
                                 f" source: {gql(rng.choice(SOURCES))}, body: {gql(body)}}}) {{ id }}"))
        article_events.append(event)
    article_ids = [value["id"] for _, value in sorted(batched(args.url, fields, 10).items(), key=lambda kv: int(kv[0][1:]))]
    fields = [(f"l{i}", f"linkArticleToEvent(articleId: {gql(article_ids[i])}, eventId: {gql(event_ids[event])}) {{ id }}")
              for i, event in enumerate(article_events) if event is not None]
    batched(args.url, fields, 50)
    print(json.dumps({"organizations": len(org_ids), "events": len(event_ids), "articles": len(article_ids),
                      "articleEventLinks": len(fields)}))


if __name__ == "__main__":
    main()
