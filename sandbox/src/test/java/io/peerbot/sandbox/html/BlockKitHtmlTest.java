package io.peerbot.sandbox.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BlockKitHtmlTest {
    private final BlockKitHtml blocks = new BlockKitHtml(new MrkdwnHtml(Names.NONE));

    @Test
    void rendersTheBlocksTheBotUses() {
        RenderedMessage message = blocks.render("""
                [{"type":"header","text":{"type":"plain_text","text":"Peering request: app-vpc ↔ billing"}},
                 {"type":"section","text":{"type":"mrkdwn","text":"*Plan:* accept `pcx-1`"}},
                 {"type":"section","fields":[{"type":"mrkdwn","text":"*Requester*"},{"type":"mrkdwn","text":"*Accepter*"}]},
                 {"type":"divider"},
                 {"type":"context","elements":[{"type":"mrkdwn","text":"requested"},{"type":"image","image_url":"https://x/y.png","alt_text":"logo"}]},
                 {"type":"actions","block_id":"peer_decision","elements":[
                   {"type":"button","action_id":"peer_approve","text":{"type":"plain_text","text":"Approve"},"style":"primary",
                    "confirm":{"title":{"type":"plain_text","text":"Approve this peering?"},"text":{"type":"plain_text","text":"Accept pcx-1."},
                               "confirm":{"type":"plain_text","text":"Approve"},"deny":{"type":"plain_text","text":"Cancel"}}},
                   {"type":"button","action_id":"peer_deny","text":{"type":"plain_text","text":"Deny"},"style":"danger"}]}]
                """, "fallback");

        assertThat(message.html())
                .contains("<div class=\"bk-header\">Peering request: app-vpc ↔ billing</div>")
                .contains("<b>Plan:</b> accept <code>pcx-1</code>")
                .contains("<div class=\"bk-fields\"><div class=\"bk-field\"><b>Requester</b></div>")
                .contains("<hr class=\"bk-divider\">")
                .contains("<span class=\"bk-context-text\">requested</span>")
                .contains("<button type=\"button\" class=\"bk-button primary\" data-button=\"0\" "
                        + "data-action-id=\"peer_approve\">Approve</button>")
                .contains("class=\"bk-button danger\" data-button=\"1\"")
                .doesNotContain("fallback", "<img");
        assertThat(message.buttons()).containsExactly(
                new PageButton(0, "peer_approve", "Approve", "primary", null,
                        new PageButton.Confirm("Approve this peering?", "Accept pcx-1.", "Approve", "Cancel", null)),
                new PageButton(1, "peer_deny", "Deny", "danger", null, null));
    }

    @Test
    void aMessageWithoutBlocksShowsItsText() {
        assertThat(blocks.render("[]", "*done*").html()).contains("<b>done</b>");
        assertThat(blocks.render(null, "plain").html()).contains("plain");
    }

    @Test
    void unknownBlocksAndElementsShowTheirType() {
        assertThat(blocks.render("[{\"type\":\"rich_text\",\"elements\":[]},{\"type\":\"actions\",\"elements\":"
                + "[{\"type\":\"static_select\"}]}]", "x").html())
                .contains("[rich_text block]", "[static_select]");
    }

    @Test
    void markupAnywhereInTheBlocksIsShownAsText() {
        String script = "<script>alert(1)</script>";
        RenderedMessage message = blocks.render("""
                [{"type":"header","text":{"type":"plain_text","text":"%1$s"}},
                 {"type":"section","text":{"type":"plain_text","text":"%1$s"},
                  "accessory":{"type":"button","action_id":"a\\" onclick=\\"x","text":{"type":"plain_text","text":"%1$s"},
                               "style":"primary\\" onclick=\\"x"}},
                 {"type":"context","elements":[{"type":"plain_text","text":"%1$s"},{"type":"image","alt_text":"\\"><img src=x>"}]},
                 {"type":"image","alt_text":"%1$s"},
                 {"type":"%1$s"}]
                """.formatted(script), "x");

        assertThat(message.html()).doesNotContain("<script", "<img", "onclick=\"")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("data-action-id=\"a&quot; onclick=&quot;x\"")
                .contains("class=\"bk-button\" data-button=\"0\"");
        assertThat(message.buttons()).singleElement().satisfies(b -> {
            assertThat(b.style()).isNull();
            assertThat(b.text()).isEqualTo(script);
        });
    }

    @Test
    void aLinkButtonOpensOnlyWebAddresses() {
        String html = blocks.render("[{\"type\":\"actions\",\"elements\":["
                + "{\"type\":\"button\",\"action_id\":\"a\",\"text\":{\"type\":\"plain_text\",\"text\":\"AWS\"},"
                + "\"url\":\"https://console.aws.amazon.com/vpc\"},"
                + "{\"type\":\"button\",\"action_id\":\"b\",\"text\":{\"type\":\"plain_text\",\"text\":\"x\"},"
                + "\"url\":\"javascript:alert(1)\"}]}]", "x").html();

        assertThat(html).contains("<a class=\"bk-button\" href=\"https://console.aws.amazon.com/vpc\"")
                .doesNotContain("javascript:");
    }
}
