package io.quire.demo;

import java.util.List;
import java.util.Map;

/** The demo articles: a small newsroom's first week. */
final class DemoArticles {

    record Demo(
            String title,
            String summary,
            String body,
            List<String> tags,
            boolean publish,
            List<List<String>> comments) {}

    private DemoArticles() {}

    /** The drawn pictures ({@link DemoImages}) the articles lead with, by title. */
    static final Map<String, String> FEATURE_IMAGES = Map.of(
            "GPU export rules, explained", "gpu-board.jpg",
            "City council approves the new tram line", "tram-line-dusk.jpg",
            "Five questions about the heat pump subsidy", "heat-pump-subsidy.png");

    static final List<Demo> ALL = List.of(
            new Demo(
                    "GPU export rules, explained",
                    "What the new export rules cover, who they affect, and what cloud providers must do now.",
                    """
                    The new rules cover **data-centre GPUs** above a performance threshold, and the servers \
                    that contain them.

                    ## Who is affected

                    - Chip makers, who need a licence for most destinations
                    - Cloud providers, who must know their customers
                    - Universities with shared clusters

                    ## What happens next

                    A consultation runs until the end of next month. Comments go to the trade ministry; \
                    see the [official notice](https://example.org/notice) for the address.
                    """,
                    List.of("AI", "Policy", "Hardware"),
                    true,
                    List.of(
                            List.of("Grace", "grace@example.org", "Clear explanation, thank you."),
                            List.of("Linus", "linus@example.org", "Does the threshold apply per card or per server?"),
                            List.of(
                                    "Margaret",
                                    "margaret@example.org",
                                    "Per server, according to the annex. Good summary."))),
            new Demo(
                    "How our newsroom verifies a viral video",
                    "Five checks we run before a clip from social media makes it into a story.",
                    """
                    A viral video is a lead, not a fact. Before we use one we:

                    1. Find the **earliest upload** and its account.
                    2. Match landmarks, shadows and weather to the claimed place and time.
                    3. Contact the person who filmed it.
                    4. Compare with other footage of the same event.
                    5. Ask what is *outside* the frame.

                    > If we cannot do all five, we say so in the story.
                    """,
                    List.of("Journalism", "Verification"),
                    true,
                    List.of(List.of("Ada", "ada@example.org", "Step 5 is the one everybody forgets."))),
            new Demo(
                    "City council approves the new tram line",
                    "After two years of debate the council voted 31 to 14 for the eastern tram extension.",
                    """
                    The council approved the **eastern extension** on Tuesday night, 31 votes to 14.

                    | Phase | Stops | Opens |
                    |-------|-------|-------|
                    | 1     | 6     | 2028  |
                    | 2     | 5     | 2030  |

                    Construction starts in spring. Residents can follow the works on the city's site.
                    """,
                    List.of("Local", "Transport"),
                    true,
                    List.of(
                            List.of("Barbara", "barbara@example.org", "Finally. Phase 2 cannot come soon enough."),
                            List.of("Edsger", "edsger@example.org", "Six stops for phase one seems modest."))),
            new Demo(
                    "Five questions about the heat pump subsidy",
                    "Who can apply, how much it pays, and how long it takes.",
                    """
                    **Who can apply?** Owners of homes built before 2015.

                    **How much?** Up to 40 % of the cost, capped at 8,000.

                    **How long does it take?** About six weeks from a complete application.

                    **Can tenants apply?** No, but landlords can, and may not pass the cost on.

                    **Where?** Online, with the installer's quote attached.
                    """,
                    List.of("Energy", "Policy"),
                    true,
                    List.of()),
            new Demo(
                    "Draft: election night live blog plan",
                    "Who covers what on election night (internal draft).",
                    """
                    Shifts, desks and the order of results. *Not for publication.*
                    """,
                    List.of("Journalism"),
                    false,
                    List.of()));
}
