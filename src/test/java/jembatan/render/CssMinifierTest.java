package jembatan.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CssMinifierTest {
    @Test
    void dropsCommentsAndFoldsSpaceBetweenRules() {
        assertEquals(".a>b,.c{color:red;margin:0 auto}@media (min-width:48rem){.d{x:1}}",
                CssMinifier.minify("/* why */\n.a > b,\n.c {\n  color: red;\n  margin: 0  auto;\n}\n@media (min-width: 48rem) {\n  .d { x: 1 }\n}\n"));
    }

    @Test
    void keepsStringsUrlsAndTheSpacesSelectorsNeed() {
        assertEquals(".a :hover::after{content:\" <  a > b ; /* not */ \" attr(href)}.b{background:url( a b.png ) no-repeat}",
                CssMinifier.minify(".a :hover::after { content: \" <  a > b ; /* not */ \" attr(href) }\n.b { background: url( a b.png ) no-repeat; }".replace("; }", "}")));
        assertEquals("p{content:'it\\'s'}", CssMinifier.minify("p { content: 'it\\'s' }"));
    }
}
