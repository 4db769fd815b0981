package io.quire.demo;

import io.quire.core.text.Slugs;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Newsroom-like text made from word lists: headlines, summaries, Markdown bodies, tag names and
 * reader comments. Everything is drawn from a {@link SplittableRandom} the caller seeds, so the
 * same seed always gives the same text.
 */
final class SyntheticText {

    /** Broad sections: every synthetic article is filed under exactly one, weighted as below. */
    static final List<String> SECTIONS =
            List.of("News", "World", "Business", "Politics", "Culture", "Science", "Technology", "Sport");

    private static final int[] SECTION_WEIGHTS = {30, 15, 14, 12, 9, 8, 7, 5};

    private static final String[] WORDS = """
            the a of to and in that for on with as at by from about after before between during over under
            city council ministry government parliament court report study data plan budget project network
            school hospital station harbour market village region country border river coast mountain forest
            energy climate water transport rail tram bus bridge road airport housing rent wage price tax
            farmer worker teacher nurse doctor student engineer driver artist writer judge voter resident
            company startup factory union bank investor museum library theatre festival league team season
            research scientist survey sample model method result evidence figure chart table source record
            new old local national public private digital rural urban small large early late open closed
            rising falling cheaper faster slower safer greener longer shorter higher lower better worse
            says said shows showed plans planned opens opened closes closed builds built tests tested
            expects expected warns warned approves approved rejects rejected funds funded delays delayed
            week month year decade morning evening winter summer spring autumn today yesterday tomorrow
            first second third last next every many several most few some more less half double quarter
            because while although since unless until whether where when which what who how why
            software hardware sensor battery solar wind heat pump grid cable satellite robot chip cloud
            policy law rule licence permit subsidy grant contract tender audit review inquiry vote election
            crowd visitor tourist commuter cyclist walker neighbour family child parent pensioner tenant
            kitchen garden street square park field beach island valley lake port tower hall gallery
            story interview archive photo video podcast letter column editorial analysis explainer
            careful quiet sudden steady modest bold rare common clear complex simple practical fragile
            """.strip().split("\\s+");

    private static final String[] TOPICS = """
            Climate Energy Transport Housing Health Education Trade Labour Farming Fisheries Tourism Media
            Privacy Security Elections Courts Policing Migration Pensions Taxes Banking Startups Retail
            Shipping Aviation Railways Cycling Football Tennis Athletics Sailing Chess Music Film Theatre
            Literature Painting Architecture Design Fashion Food Wine Coffee Gardening Forests Oceans Rivers
            Wildlife Weather Astronomy Physics Chemistry Biology Genetics Medicine Nursing Vaccines Hospitals
            Software Hardware Robotics Batteries Semiconductors Satellites Internet Telecoms Gaming Cloud
            Archaeology History Languages Religion Philosophy Economics Inflation Jobs Wages Unions Water
            Waste Recycling Solar Wind Nuclear Hydrogen Mining Steel Construction Bridges Roads Ports Cities
            Villages Islands Mountains Deserts Libraries Museums Festivals Photography Podcasts Comics
            Dance Opera Science Research Universities Schools Childcare Ageing Sleep Nutrition Fitness
            Volunteering Charity Diplomacy Defence Sanctions Borders Refugees Drought Floods Wildfires
            Earthquakes Storms Heatwaves Insurance Pharmacy Dentistry Veterinary Pets Horses Bees Birds
            """.strip().split("\\s+");

    private static final String[] QUALIFIERS = """
            Local Global Urban Rural Coastal Alpine Nordic Digital Public Private Green Open Small Big Early
            Modern Classic Youth Senior Women's Community Regional National European Arctic Tropical Future
            Independent Sustainable Affordable Smart Circular Remote Night Winter Summer Student Family
            Indie Grassroots
            """.strip().split("\\s+");

    private static final String[] SUBJECTS = ("City council|The health ministry|Rail operators|Farmers|A new study|"
                    + "Local schools|Tech startups|The central bank|Researchers|Nurses|Fishing crews|Voters|Museums|Airlines|"
                    + "Energy suppliers|The football league|Students|Small businesses|Landlords|Climate scientists|Police|"
                    + "The opposition|Regulators|Hospitals|Car makers|Publishers|Port authorities|Software engineers|"
                    + "Wine growers|Bridge engineers|Judges|Teachers' unions|Archaeologists|Astronomers|Retailers|Cyclists|"
                    + "Water companies|The city library|Firefighters|Coastal towns|Bakeries|Orchestra musicians|Chess players|"
                    + "Game developers|Parents|Pensioners|Commuters|Tenants|Doctors|Builders|Designers|Mayors|Volunteers|"
                    + "Investors|Bus drivers|Beekeepers|Translators|Film makers|Data centres|Mountain villages")
            .split("\\|");

    private static final String[] VERBS = ("approved|rejected|debated|launched|rethought|questioned|embraced|funded|"
                    + "delayed|expanded|tested|protested against|defended|planned|mapped|measured|rebuilt|reviewed|shared|"
                    + "sold|bought|closed|reopened|studied|welcomed|challenged|restored|digitised|simplified|cut|doubled|"
                    + "piloted|backed|abandoned|revived|redesigned|tracked|audited|renamed|celebrated")
            .split("\\|");

    private static final String[] OBJECTS = ("a new tram line|the heat pump subsidy|longer opening hours|"
                    + "a four-day week|cheaper train tickets|the harbour plan|open data rules|a night bus network|"
                    + "rooftop solar panels|school meal budgets|the river clean-up|a housing co-operative|the old steelworks|"
                    + "flood defences|a cycling bridge|free museum Sundays|the vaccine campaign|a carbon budget|"
                    + "the airport expansion|rent caps|a public wifi network|the chess olympiad|a wind farm|"
                    + "the tax reform|an AI hospital pilot|the town square|recycling targets|the summer festival|"
                    + "electric ferries|a research satellite|local news funding|the pension plan|a new stadium|"
                    + "water meters|apprenticeship schemes|the archive of letters|a coral survey|the budget deficit|"
                    + "open-source software|a language school|the mountain railway|the fish quota|traffic cameras|"
                    + "late-night pharmacies|a community garden|the tennis courts|the port cranes|a heatwave plan|"
                    + "library e-books|the old cinema|a bee corridor|the drought response|speed limits|"
                    + "a child care voucher|the election rules|a quantum computer|the school calendar|a repair café|"
                    + "the ferry timetable|street lighting|a hydrogen bus fleet|the glacier study|a book prize|"
                    + "the bakery guild|noise limits|an orchestra tour|a data centre|the lighthouse|a tree census|"
                    + "the sleep study|a rooftop farm|fire safety rules|the ski lifts|a chip factory|the salt marsh|"
                    + "public toilets|a 3D-printed house|the night market|the tram depot|a diabetes trial")
            .split("\\|");

    private static final String[] SETTINGS = ("in Lisbon|in Porto|in Ghent|in Tampere|in Bologna|in Gdańsk|"
                    + "in Kraków|in Utrecht|in Aarhus|in Bergen|in Graz|in Ljubljana|in Valencia|in Bilbao|in Lyon|in Nantes|"
                    + "in Cork|in Tartu|in Brno|in Cluj|in Plovdiv|in Malmö|in Zürich|in Trieste|in Córdoba|in Sevilla|"
                    + "in Leipzig|in Dresden|in Turku|in Riga|after a long debate|this winter|despite protests|"
                    + "for the first time|ahead of the elections|under new rules|after the storm|before the summer|"
                    + "on a tight budget|with help from residents|in a close vote|after ten years|in record time|"
                    + "at last|again|with mixed results|without a plan|behind closed doors|in the north|in the south|"
                    + "on the coast|in the suburbs|near the border|across the region|in the old town|"
                    + ": what we know|: the numbers|, explained|: five questions|: a timeline")
            .split("\\|");

    /** Distinct headlines available: more than the largest number of articles the settings allow. */
    static final long HEADLINES = (long) SUBJECTS.length * VERBS.length * OBJECTS.length * SETTINGS.length;

    private static final long HEADLINE_STRIDE = 1_000_003L;

    private static final String[] READERS = ("Ada Grace Linus Margaret Barbara Edsger Alan Katherine Tim Radia "
                    + "Donald Frances Ken Dennis Hedy Claude John Mary Niklaus Leslie Guido Anita Sophie Bjarne Lynn Yukihiro "
                    + "Annie Rasmus Joan Ivan Adele Tony Jean Karen Butler Vint Shafi Whitfield Ellen Martha")
            .split(" ");

    private SyntheticText() {}

    /**
     * The headline with this number: numbers below {@link #HEADLINES} give distinct headlines,
     * and neighbouring numbers give unrelated ones.
     */
    static String headline(long number) {
        long n = Math.floorMod(number * HEADLINE_STRIDE + 7_919, HEADLINES);
        String setting = SETTINGS[(int) (n % SETTINGS.length)];
        n /= SETTINGS.length;
        String object = OBJECTS[(int) (n % OBJECTS.length)];
        n /= OBJECTS.length;
        String verb = VERBS[(int) (n % VERBS.length)];
        String subject = SUBJECTS[(int) (n / VERBS.length)];
        String glue = setting.startsWith(":") || setting.startsWith(",") ? "" : " ";
        return subject + " " + verb + " " + object + glue + setting;
    }

    /** Tag names with distinct slugs: the sections first, then topics, then qualified topics. */
    static List<String> tagNames(int count) {
        Set<String> slugs = new LinkedHashSet<>();
        List<String> names = new ArrayList<>(count);
        List<String> candidates = new ArrayList<>(SECTIONS);
        candidates.addAll(List.of(TOPICS));
        int combinations = QUALIFIERS.length * TOPICS.length;
        for (int i = 0; i < combinations; i++) {
            int mixed = (int) ((i * 7_919L) % combinations);
            candidates.add(QUALIFIERS[mixed % QUALIFIERS.length] + " " + TOPICS[mixed / QUALIFIERS.length]);
        }
        for (String name : candidates) {
            if (names.size() == count) {
                break;
            }
            if (slugs.add(Slugs.derive(name, "tag"))) {
                names.add(name);
            }
        }
        return names;
    }

    /** The index in {@link #SECTIONS} of a section drawn by its weight. */
    static int section(SplittableRandom random) {
        int draw = random.nextInt(100);
        for (int i = 0; i < SECTION_WEIGHTS.length; i++) {
            draw -= SECTION_WEIGHTS[i];
            if (draw < 0) {
                return i;
            }
        }
        return 0;
    }

    static String summary(SplittableRandom random) {
        return sentence(random, 14, 34);
    }

    static String readerName(SplittableRandom random) {
        return READERS[random.nextInt(READERS.length)];
    }

    static String comment(SplittableRandom random) {
        StringBuilder text = new StringBuilder(sentence(random, 4, 24));
        for (int more = random.nextInt(3); more > 0; more--) {
            text.append(' ').append(sentence(random, 4, 24));
        }
        return text.toString();
    }

    /** A sentence of {@code min} to {@code max} words, capitalised, with a full stop. */
    static String sentence(SplittableRandom random, int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        StringBuilder sentence = new StringBuilder(length * 7);
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                sentence.append(i > 3 && random.nextInt(12) == 0 ? ", " : " ");
            }
            sentence.append(word(random));
        }
        sentence.setCharAt(0, Character.toUpperCase(sentence.charAt(0)));
        return sentence.append('.').toString();
    }

    static String word(SplittableRandom random) {
        return WORDS[random.nextInt(WORDS.length)];
    }

    static String titleCase(String words) {
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
