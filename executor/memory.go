package executor

// pageTable maps RAM pages to their words: a two-level table (a directory of
// dirSize leaves of leafSize pages), so that a run touching a few pages
// allocates and scans little.
const (
	leafBits = 10
	leafSize = 1 << leafBits
	dirShift = pageShift + leafBits
	dirSize  = int(RAMSize >> dirShift)
)

type pageLeaf [leafSize]*page

type pageTable struct {
	dir [dirSize]*pageLeaf
}

// page returns the page holding byte address a (< RAMSize), nil if absent.
func (t *pageTable) page(a uint32) *page {
	if l := t.dir[a>>dirShift&(uint32(dirSize)-1)]; l != nil {
		return l[a>>pageShift&(leafSize-1)]
	}
	return nil
}

// pageAt returns page number pi, nil if absent.
func (t *pageTable) pageAt(pi int) *page {
	if l := t.dir[pi>>leafBits]; l != nil {
		return l[pi&(leafSize-1)]
	}
	return nil
}

// leafPresent reports whether any page of the leaf holding page pi exists.
func (t *pageTable) leafPresent(pi int) bool { return t.dir[pi>>leafBits] != nil }

// alloc allocates the (absent) page holding byte address a.
func (t *pageTable) alloc(a uint32) *page {
	d := a >> dirShift & (uint32(dirSize) - 1)
	l := t.dir[d]
	if l == nil {
		l = new(pageLeaf)
		t.dir[d] = l
	}
	pg := new(page)
	l[a>>pageShift&(leafSize-1)] = pg
	return pg
}
