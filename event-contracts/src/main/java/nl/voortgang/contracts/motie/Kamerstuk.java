package nl.voortgang.contracts.motie;

/** A parliamentary paper, cited as "Kamerstukken II 2022/23, 34843, nr. 80". */
public record Kamerstuk(String parliamentaryYear, String dossier, String number) {

    public String citation() {
        String prefix = parliamentaryYear == null ? "Kamerstukken II" : "Kamerstukken II " + parliamentaryYear;
        return prefix + ", " + dossier + ", nr. " + number;
    }
}
