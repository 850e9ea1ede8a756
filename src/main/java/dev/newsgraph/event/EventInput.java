package dev.newsgraph.event;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

import dev.newsgraph.graphql.PlainText;

@Input("EventInput")
@Description("The editable fields of an event. On update every field is replaced.")
public class EventInput {

    @NotBlank
    @Size(max = 500)
    @Description("Short headline of what happened.")
    @PlainText
    public String title;

    @NotNull
    @Description("What kind of event it is.")
    public EventKind kind;

    @NotNull
    @Description("When it happened. With MONTH or YEAR precision any day of the period will do; it is stored as the period's first day.")
    public LocalDate occurredOn;

    @Description("How precisely the date is known; `DAY` when left out.")
    public DatePrecision datePrecision;

    @Size(max = 4000)
    @Description("What happened, in a few sentences.")
    @PlainText
    public String description;

    @Size(max = 200)
    @Description("Where it happened.")
    @PlainText
    public String location;
}
