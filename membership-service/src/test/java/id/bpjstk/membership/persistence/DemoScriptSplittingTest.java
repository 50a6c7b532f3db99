package id.bpjstk.membership.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DemoScriptSplittingTest {

    @Test
    void commentLinesAreDroppedAndStatementsEndWithASemicolonAtLineEnd() {
        String script = """
                -- a comment; with a semicolon
                insert into t (a)
                values (1);

                  -- indented comment
                select 1;
                """;

        assertEquals(List.of("insert into t (a)\nvalues (1)", "select 1"), DemoDataSeeder.splitStatements(script));
    }

    @Test
    void lastStatementWithoutSemicolonIsKept() {
        assertEquals(List.of("select 1", "select 2"), DemoDataSeeder.splitStatements("select 1;\r\nselect 2"));
    }
}
