package th.ita.support;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import elemental.json.Json;
import elemental.json.JsonArray;

import java.util.Map;

/**
 * Reads and clicks a grid cell rendered in the browser by a {@link LitRenderer}, as Karibu does for component cells
 * ({@code _getCellComponent}): a property is what the browser receives for the row, a function is what a button's
 * {@code @click} calls back on the server with the row's item.
 */
public final class LitCells {

    private LitCells() {
    }

    /** The value the row sends to the browser under {@code property}, e.g. a button's label (null: no button). */
    public static <T> Object property(Grid<T> grid, int row, String columnKey, String property) {
        var provider = renderer(grid, columnKey).getValueProviders().get(property);
        if (provider == null) {
            throw new AssertionError("column " + columnKey + " has no property " + property);
        }
        return provider.apply(GridKt._get(grid, row));
    }

    /** Calls the renderer's {@code function} for the row, as a click in the browser does. */
    public static <T> void call(Grid<T> grid, int row, String columnKey, String function) {
        SerializableBiConsumer<T, JsonArray> callable = functions(renderer(grid, columnKey)).get(function);
        if (callable == null) {
            throw new AssertionError("column " + columnKey + " has no function " + function);
        }
        callable.accept(GridKt._get(grid, row), Json.createArray());
    }

    @SuppressWarnings("unchecked")
    private static <T> LitRenderer<T> renderer(Grid<T> grid, String columnKey) {
        Grid.Column<T> column = grid.getColumnByKey(columnKey);
        if (column == null || !(column.getRenderer() instanceof LitRenderer<?>)) {
            throw new AssertionError("no LitRenderer column " + columnKey);
        }
        return (LitRenderer<T>) column.getRenderer();
    }

    /** Vaadin keeps the functions private (the browser reaches them through a return channel), hence reflection. */
    @SuppressWarnings("unchecked")
    private static <T> Map<String, SerializableBiConsumer<T, JsonArray>> functions(LitRenderer<T> renderer) {
        try {
            var field = LitRenderer.class.getDeclaredField("clientCallables");
            field.setAccessible(true);
            return (Map<String, SerializableBiConsumer<T, JsonArray>>) field.get(renderer);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("LitRenderer's functions are out of reach in this Vaadin version", e);
        }
    }
}
