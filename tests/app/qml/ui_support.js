.pragma library

// Helpers of the UI tests that drive the real shell.

// The first item under `item` (depth first) that `match` accepts, or null.
function find(item, match) {
    if (!item)
        return null;
    if (match(item))
        return item;
    const kids = item.children || [];
    for (let i = 0; i < kids.length; ++i) {
        const found = find(kids[i], match);
        if (found)
            return found;
    }
    return null;
}

// The visible item called `name` (objectName) under `root`.
function named(root, name) {
    return find(root, it => it.objectName === name && it.visible);
}

// The visible nearby-contact row of home showing `title`.
function nearbyRow(root, title) {
    return find(root, it => String(it.objectName).startsWith("nearby_") && it.text === title && it.visible);
}

// Scrolls the Flickable (or ListView) that holds `item` so that `item` is in
// view, as a user would before tapping it; returns `item`.
function reveal(item) {
    let view = item ? item.parent : null;
    while (view && (view.contentY === undefined || view.contentItem === undefined))
        view = view.parent;
    if (!view)
        return item;
    const y = item.mapToItem(view.contentItem, 0, 0).y;
    if (y < view.contentY || y + item.height > view.contentY + view.height)
        view.contentY = Math.max(0, Math.min(y - view.height / 3, view.contentHeight - view.height));
    return item;
}

// Whether no StackView under `root` is in a transition (taps during one are lost).
function settled(root) {
    return find(root, it => it.busy === true && it.depth !== undefined) === null;
}
