package cn.rongjiang.disclosure.bench;

/** The trivial fact of the engine-floor baseline. */
public final class FloorFact {
    private final int id;

    public FloorFact(int id) {
        this.id = id;
    }

    public int getId() {
        return id;
    }
}
